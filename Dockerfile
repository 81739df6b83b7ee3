# Two stages: build with the pinned toolchain, run on a slim Debian with only the binary and
# the content (faq/, locales/).
FROM rust:1.95-slim-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src src
COPY benches benches
RUN cargo build --release --locked --bin nenkin-bot

FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /app nenkin
WORKDIR /app
COPY --from=build /src/target/release/nenkin-bot /usr/local/bin/nenkin-bot
COPY faq faq
COPY locales locales
ENV NENKIN_CONTENT_DIR=/app
USER nenkin
ENTRYPOINT ["nenkin-bot"]
CMD ["--help"]
