// Entry of the mission analysis page: constituencies compared, flagged lists, shortlist curation, retreat view, exports.
import { mount } from "svelte";
import "../lib/styles/base.css";
import "../lib/styles/facilitator-controls.css";
import AnalysisApp from "./AnalysisApp.svelte";

mount(AnalysisApp, { target: document.getElementById("app")! });
