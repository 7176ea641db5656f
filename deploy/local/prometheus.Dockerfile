# Prometheus from Debian's package, standing in for prom/prometheus in compose.local.yaml,
# laid out like that image: the config at /etc/prometheus/prometheus.yml (the compose file
# mounts deploy/prometheus/prometheus.yml there), the web UI and API on :9090.
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends prometheus \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /prometheus && chown prometheus:prometheus /prometheus
USER prometheus
WORKDIR /prometheus
EXPOSE 9090
ENTRYPOINT ["/usr/bin/prometheus"]
CMD ["--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus", "--web.listen-address=:9090"]
