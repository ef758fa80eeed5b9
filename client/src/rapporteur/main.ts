// Entry of the rapporteur page (/r/<token>): one break-out group's record, nothing of the console or the results.
import { mount } from "svelte";
import "../lib/styles/base.css";
import "../lib/styles/facilitator-controls.css";
import RapporteurApp from "./RapporteurApp.svelte";

mount(RapporteurApp, { target: document.getElementById("app")! });
