// Entry of the participant page: the only code a phone downloads (no chart library, no console).
import { mount } from "svelte";
import "../lib/styles/base.css";
import ParticipantApp from "./ParticipantApp.svelte";

mount(ParticipantApp, { target: document.getElementById("app")! });
