"""Events: what an article reports happened (`infer`), and the reports of one event across outlets grouped
(`grouping`) and merged (`merging`) by `patrolx events`. See docs/events.md."""
