// Entry of the presenter screen (projector): join instructions, live participation and results.
import { mount } from "svelte";
import "../lib/styles/base.css";
import PresenterApp from "./PresenterApp.svelte";

mount(PresenterApp, { target: document.getElementById("app")! });
