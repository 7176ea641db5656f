# A stand-in, built here, for the official `rust:<version>-bookworm` image, which cannot be
# pulled on a machine with no registry: Debian bookworm (deploy/local/images.sh makes it
# with debootstrap), the C toolchain crates with C code need, and the Rust toolchain of the
# machine that builds it (its sysroot's bin/ and lib/, sent as the build context's
# toolchain/ folder), and the machine's own certificate authorities. Laid out like the official image: CARGO_HOME=/usr/local/cargo, with
# rustc and cargo on PATH. Users with a registry never build this: they pull the real one.
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends \
        ca-certificates gcc g++ libc6-dev make \
    && rm -rf /var/lib/apt/lists/*
# The certificate authorities this machine trusts beyond Debian's (the build context's ca/
# folder, from /usr/local/share/ca-certificates): where the way to crates.io passes a
# TLS-inspecting proxy, cargo inside the image must trust what the machine trusts.
COPY ca/ /usr/local/share/ca-certificates/
RUN update-ca-certificates
COPY toolchain /usr/local/rust
ENV CARGO_HOME=/usr/local/cargo \
    PATH=/usr/local/cargo/bin:/usr/local/rust/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN mkdir -p /usr/local/cargo/bin && rustc --version && cargo --version
