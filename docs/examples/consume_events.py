#!/usr/bin/env python3
"""A minimal downstream consumer of sitrep.events, with confluent-kafka.

It reads incident events, checks the schema header, drops redeliveries by event id
(delivery is at least once), and prints one JSON object per new event. Offsets are
committed only after an event has been handled, so a crash re-reads rather than skips.

    pip install confluent-kafka
    python3 consume_events.py --bootstrap kafka-1:9092 --group my-app

The brokers default to $SITREP_KAFKA__BROKERS (as for sitrep itself), else the local
broker of `make broker`. SIGTERM (or Ctrl-C) ends it cleanly: it leaves the group and
exits 0.
"""

import argparse
import json
import os
import signal
import sys

from confluent_kafka import Consumer, KafkaError

SCHEMA = "sitrep.event/v1"


def header(message, name):
    for key, value in message.headers() or []:
        if key == name:
            return value.decode("utf-8") if value is not None else None
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bootstrap", default=os.environ.get("SITREP_KAFKA__BROKERS", "127.0.0.1:19092"))
    parser.add_argument("--topic", default="sitrep.events")
    parser.add_argument("--group", default="sitrep-example")
    parser.add_argument("--from-beginning", action="store_true")
    parser.add_argument("--max-events", type=int, default=0, help="stop after this many new events (0: never)")
    args = parser.parse_args()
    # An orchestrator stops a consumer with SIGTERM: leave the group cleanly (the
    # `finally` below) rather than die with the signal.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))

    consumer = Consumer({
        "bootstrap.servers": args.bootstrap,
        "group.id": args.group,
        "auto.offset.reset": "earliest" if args.from_beginning else "latest",
        "enable.auto.commit": False,
        "session.timeout.ms": 6000,
    })
    consumer.subscribe([args.topic])
    # A real application keeps this in its own store, next to what it did with the event.
    seen_ids = set()
    num_new = 0
    try:
        while args.max_events == 0 or num_new < args.max_events:
            message = consumer.poll(1.0)
            if message is None:
                continue
            if message.error():
                if message.error().code() != KafkaError._PARTITION_EOF:
                    print(f"consumer error: {message.error()}", file=sys.stderr)
                continue
            if message.value() is None:
                # A withdrawal: the event's article was revised and no longer reports it.
                key = message.key().decode("utf-8") if message.key() else ""
                if key in seen_ids:
                    print(json.dumps({"id": key, "withdrawn": True}), flush=True)
                consumer.commit(message=message, asynchronous=False)
                continue
            schema = header(message, "sitrep-schema")
            if schema != SCHEMA:
                print(f"skipping offset {message.offset()}: schema {schema!r}", file=sys.stderr)
                consumer.commit(message=message, asynchronous=False)
                continue
            event = json.loads(message.value())
            if event["id"] not in seen_ids:
                seen_ids.add(event["id"])
                num_new += 1
                print(json.dumps({
                    "id": event["id"],
                    "ce_id": header(message, "ce_id"),
                    "event_type": event["event_type"],
                    "date": event["occurred_on"]["date"],
                    "country_code": event["location"]["country_code"],
                    "fatalities": event["fatalities"],
                    "title": event["article"]["title"],
                }), flush=True)
            consumer.commit(message=message, asynchronous=False)
    except KeyboardInterrupt:
        pass
    finally:
        consumer.close()


if __name__ == "__main__":
    main()
