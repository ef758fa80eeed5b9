// Entry of the facilitator console: create missions and workshops, then run a workshop live.
import { mount } from "svelte";
import "../lib/styles/base.css";
import "../lib/styles/facilitator-controls.css";
import ConsoleApp from "./ConsoleApp.svelte";

mount(ConsoleApp, { target: document.getElementById("app")! });
