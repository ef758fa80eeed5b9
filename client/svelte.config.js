// Svelte compiler options shared by the Vite plugin, svelte-check and the editor: runes everywhere.
export default {
  compilerOptions: { runes: true },
};
