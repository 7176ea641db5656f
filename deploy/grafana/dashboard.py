#!/usr/bin/env python3
"""Writes deploy/grafana/dashboards/sitrep.json, the Grafana dashboard over every metric
sitrep exports, from the panel list below.

    python3 deploy/grafana/dashboard.py          # rewrite the dashboard
    python3 deploy/grafana/dashboard.py --check  # exit 1 if the committed file differs

Every query is filtered by the dashboard's `instance` variable (and those with a `stage`
label by `stage`). crates/sitrep-runtime/tests/monitoring.rs checks that the dashboard
uses only metrics the code exports and shows every one of them.
"""

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "dashboards" / "sitrep.json"

I = 'instance=~"$instance"'
IS = 'instance=~"$instance", stage=~"$stage"'

# (row title, [panel, ...]); a panel is (title, unit, kind, [(expr, legend), ...]).
ROWS = [
    ("Overview", [
        ("Ready", "none", "stat", [
            (f"sitrep_ready{{{I}}}", "{{instance}}"),
        ]),
        ("Version", "none", "table", [
            (f"sitrep_build_info{{{I}}}", "{{instance}} {{version}}"),
        ]),
        ("Messages in / s", "ops", "timeseries", [
            (f"sum by (stage) (rate(sitrep_messages_in_total{{{IS}}}[$__rate_interval]))", "{{stage}}"),
        ]),
        ("Messages out / s", "ops", "timeseries", [
            (f"sum by (stage) (rate(sitrep_messages_out_total{{{IS}}}[$__rate_interval]))", "{{stage}}"),
        ]),
        ("Dead-lettered / s", "ops", "timeseries", [
            (f"sum by (stage, kind) (rate(sitrep_dead_lettered_total{{{IS}}}[$__rate_interval]))", "{{stage}} {{kind}}"),
        ]),
        ("Oversized outputs / s", "ops", "timeseries", [
            (f"sum by (stage, action) (rate(sitrep_oversized_outputs_total{{{IS}}}[$__rate_interval]))", "{{stage}} {{action}}"),
        ]),
        ("Warning lines suppressed / s", "ops", "timeseries", [
            (f"sum by (stage) (rate(sitrep_log_lines_suppressed_total{{{IS}}}[$__rate_interval]))", "{{stage}}"),
        ]),
    ]),
    ("Latency", [
        ("Publication to event", "s", "timeseries", [
            (f'histogram_quantile(0.5, sum by (le) (rate(sitrep_event_latency_seconds_bucket{{{I}, since="published"}}[$__rate_interval])))', "p50"),
            (f'histogram_quantile(0.95, sum by (le) (rate(sitrep_event_latency_seconds_bucket{{{I}, since="published"}}[$__rate_interval])))', "p95"),
        ]),
        ("Fetch to event", "s", "timeseries", [
            (f'histogram_quantile(0.5, sum by (le) (rate(sitrep_event_latency_seconds_bucket{{{I}, since="fetched"}}[$__rate_interval])))', "p50"),
            (f'histogram_quantile(0.95, sum by (le) (rate(sitrep_event_latency_seconds_bucket{{{I}, since="fetched"}}[$__rate_interval])))', "p95"),
        ]),
        ("Processing time per input, p99", "s", "timeseries", [
            (f"histogram_quantile(0.99, sum by (stage, le) (rate(sitrep_processing_seconds_bucket{{{IS}}}[$__rate_interval])))", "{{stage}}"),
        ]),
        ("Processing time per input, mean", "s", "timeseries", [
            (f"sum by (stage) (rate(sitrep_processing_seconds_sum{{{IS}}}[$__rate_interval])) / sum by (stage) (rate(sitrep_processing_seconds_count{{{IS}}}[$__rate_interval]))", "{{stage}}"),
        ]),
    ]),
    ("Kafka", [
        ("Consumer lag", "none", "timeseries", [
            (f"sum by (group, topic) (sitrep_consumer_lag_messages{{{I}}})", "{{group}} {{topic}}"),
        ]),
        ("Assigned partitions", "none", "timeseries", [
            (f"sum by (instance, group) (sitrep_assigned_partitions{{{I}}})", "{{instance}} {{group}}"),
        ]),
        ("Rebalances", "none", "timeseries", [
            (f"sum by (group, kind) (increase(sitrep_rebalances_total{{{I}}}[$__rate_interval]))", "{{group}} {{kind}}"),
        ]),
        ("Commit failures and delivery errors", "none", "timeseries", [
            (f"sum by (group) (increase(sitrep_commit_failures_total{{{I}}}[$__rate_interval]))", "commit {{group}}"),
            (f"sum by (instance) (increase(sitrep_delivery_errors_total{{{I}}}[$__rate_interval]))", "delivery {{instance}}"),
        ]),
        ("Producer queue", "none", "timeseries", [
            (f"sum by (instance) (sitrep_producer_queue_messages{{{I}}})", "{{instance}}"),
        ]),
    ]),
    ("Fetcher", [
        ("Feed fetches / s by outcome", "ops", "timeseries", [
            (f"sum by (outcome) (rate(sitrep_feed_fetches_total{{{I}}}[$__rate_interval]))", "{{outcome}}"),
        ]),
        ("Feed repairs / s by kind", "ops", "timeseries", [
            (f"sum by (kind) (rate(sitrep_feed_repairs_total{{{I}}}[$__rate_interval]))", "{{kind}}"),
        ]),
        ("Fetch time p95 by outcome", "s", "timeseries", [
            (f"histogram_quantile(0.95, sum by (outcome, le) (rate(sitrep_feed_fetch_seconds_bucket{{{I}}}[$__rate_interval])))", "{{outcome}}"),
        ]),
        ("Feed bytes / s", "Bps", "timeseries", [
            (f"sum (rate(sitrep_feed_bytes_total{{{I}}}[$__rate_interval]))", "bytes"),
        ]),
        ("Entries / s", "ops", "timeseries", [
            (f"sum (rate(sitrep_feed_entries_emitted_total{{{I}}}[$__rate_interval]))", "emitted"),
            (f"sum (rate(sitrep_feed_items_edited_total{{{I}}}[$__rate_interval]))", "emitted again (edited)"),
        ]),
        ("Feeds", "none", "timeseries", [
            (f"sum (sitrep_feeds_owned{{{I}}})", "owned"),
            (f"sum (sitrep_feeds_in_backoff{{{I}}})", "in backoff"),
            (f"sum (sitrep_feeds_parked{{{I}}})", "parked"),
            (f"sum (sitrep_feeds_retired{{{I}}})", "retired (410)"),
        ]),
        ("Feed changes", "none", "timeseries", [
            (f"sum (increase(sitrep_feed_retirements_total{{{I}}}[$__rate_interval]))", "retired"),
            (f"sum (increase(sitrep_feed_redirects_adopted_total{{{I}}}[$__rate_interval]))", "redirect adopted"),
            (f"sum (increase(sitrep_feed_hosts_deferred_total{{{I}}}[$__rate_interval]))", "host deferred"),
        ]),
        ("WebSub", "none", "timeseries", [
            (f"sum by (outcome) (increase(sitrep_websub_notifications_total{{{I}}}[$__rate_interval]))", "push {{outcome}}"),
            (f"sum by (outcome) (increase(sitrep_websub_subscriptions_total{{{I}}}[$__rate_interval]))", "subscription {{outcome}}"),
            (f"sum (sitrep_websub_subscriptions_active{{{I}}})", "active"),
        ]),
    ]),
    ("Normalizer and classifier", [
        ("Dedup verdicts / s", "ops", "timeseries", [
            (f"sum by (verdict) (rate(sitrep_normalizer_dedup_total{{{I}}}[$__rate_interval]))", "{{verdict}}"),
        ]),
        ("Dedup memory", "none", "timeseries", [
            (f"sum by (instance) (sitrep_normalizer_memory_articles{{{I}}})", "{{instance}} articles"),
            (f"sum by (outcome) (increase(sitrep_normalizer_memory_rebuilds_total{{{I}}}[$__rate_interval]))", "rebuild {{outcome}}"),
        ]),
        ("Articles skipped / s", "ops", "timeseries", [
            (f"sum by (reason) (rate(sitrep_articles_skipped_total{{{I}}}[$__rate_interval]))", "{{reason}}"),
        ]),
    ]),
    ("Incidents", [
        ("Events merged / s by verdict", "ops", "timeseries", [
            (f"sum by (verdict) (rate(sitrep_incident_events_total{{{I}}}[$__rate_interval]))", "{{verdict}}"),
        ]),
        ("Incidents in the window", "none", "timeseries", [
            (f"sum by (instance) (sitrep_incidents_in_window{{{I}}})", "{{instance}}"),
        ]),
        ("Start-up rebuilds", "none", "timeseries", [
            (f"sum by (outcome) (increase(sitrep_incident_rebuilds_total{{{I}}}[$__rate_interval]))", "{{outcome}}"),
        ]),
    ]),
    ("Process", [
        ("CPU (cores)", "none", "timeseries", [
            (f"rate(process_cpu_seconds_total{{{I}}}[$__rate_interval])", "{{instance}}"),
        ]),
        ("Memory", "bytes", "timeseries", [
            (f"process_resident_memory_bytes{{{I}}}", "{{instance}} resident"),
            (f"process_virtual_memory_bytes{{{I}}}", "{{instance}} virtual"),
        ]),
        ("Open files", "none", "timeseries", [
            (f"process_open_fds{{{I}}}", "{{instance}} open"),
            (f"process_max_fds{{{I}}}", "{{instance}} limit"),
        ]),
        ("Threads", "none", "timeseries", [
            (f"process_threads{{{I}}}", "{{instance}}"),
        ]),
        ("Uptime", "s", "stat", [
            (f"time() - process_start_time_seconds{{{I}}}", "{{instance}}"),
        ]),
    ]),
]

DATASOURCE = {"type": "prometheus", "uid": "${datasource}"}


def variable(name, label, query):
    return {
        "name": name,
        "label": label,
        "type": "query",
        "datasource": DATASOURCE,
        "query": {"query": query, "refId": name},
        "definition": query,
        "refresh": 2,
        "includeAll": True,
        "multi": True,
        "allValue": ".*",
        "current": {"selected": True, "text": ["All"], "value": ["$__all"]},
        "sort": 1,
    }


def dashboard():
    panels = []
    next_id = 1
    y = 0
    for row_title, row_panels in ROWS:
        panels.append({
            "id": next_id, "type": "row", "title": row_title, "collapsed": False,
            "gridPos": {"h": 1, "w": 24, "x": 0, "y": y}, "panels": [],
        })
        next_id += 1
        y += 1
        for index, (title, unit, kind, queries) in enumerate(row_panels):
            width = 8
            panels.append({
                "id": next_id,
                "type": kind,
                "title": title,
                "datasource": DATASOURCE,
                "gridPos": {"h": 7, "w": width, "x": (index % 3) * width, "y": y + (index // 3) * 7},
                "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
                "options": {},
                "targets": [
                    {
                        "refId": chr(ord("A") + number),
                        "datasource": DATASOURCE,
                        "expr": expr,
                        "legendFormat": legend,
                        **({"instant": True, "format": "table"} if kind == "table" else {}),
                    }
                    for number, (expr, legend) in enumerate(queries)
                ],
            })
            next_id += 1
        y += ((len(row_panels) + 2) // 3) * 7
    return {
        "title": "sitrep",
        "uid": "sitrep",
        "description": "Every metric sitrep exports, by instance and stage (deploy/grafana/dashboard.py writes this file).",
        "tags": ["sitrep"],
        "schemaVersion": 39,
        "editable": True,
        "time": {"from": "now-1h", "to": "now"},
        "refresh": "30s",
        "templating": {"list": [
            {
                "name": "datasource", "label": "Prometheus", "type": "datasource",
                "query": "prometheus", "current": {"text": "Prometheus", "value": "prometheus"},
            },
            variable("instance", "Instance", "label_values(sitrep_build_info, instance)"),
            variable("stage", "Stage", "label_values(sitrep_messages_out_total, stage)"),
        ]},
        "panels": panels,
    }


def render():
    return json.dumps(dashboard(), indent=1) + "\n"


def main():
    text = render()
    if "--check" in sys.argv[1:]:
        if OUT.read_text() != text:
            print(f"{OUT} is stale: run python3 deploy/grafana/dashboard.py", file=sys.stderr)
            sys.exit(1)
        return
    OUT.write_text(text)


if __name__ == "__main__":
    main()
