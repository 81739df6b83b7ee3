# Two stages: build on the pinned toolchain, run on a slim Debian with only the binary and the
# content (faq/, locales/). scripts/check-container replays the build stage without Docker.

# The tag follows rust-version in Cargo.toml. The slim image already has gcc and libc6-dev for
# the C parts (bundled SQLite in libsqlite3-sys, ring for rustls); jemalloc also needs make.
FROM rust:1.95-slim-bookworm AS build
# hadolint ignore=DL3008
RUN command -v make >/dev/null \
    || { apt-get update && apt-get install -y --no-install-recommends make && rm -rf /var/lib/apt/lists/*; }
WORKDIR /src

# Dependencies first, so this layer is rebuilt only when Cargo.toml or Cargo.lock change. Cargo
# rejects a manifest whose targets are missing: stub the lib, the bin and every [[bench]].
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src benches \
    && echo 'fn main() {}' > src/main.rs \
    && touch src/lib.rs \
    && echo 'fn main() {}' > benches/estimate.rs \
    && echo 'fn main() {}' > benches/content.rs \
    && echo 'fn main() {}' > benches/load.rs \
    && cargo build --release --locked --bin nenkin-bot \
    && rm -rf src benches

# COPY keeps the context's mtimes, older than the stub build: touch the crate roots so cargo
# rebuilds our crate instead of shipping the stub.
COPY src src
COPY benches benches
RUN touch src/lib.rs src/main.rs \
    && cargo build --release --locked --bin nenkin-bot

FROM debian:bookworm-slim
# Versions unpinned: the bookworm tag fixes the release, and exact Debian versions vanish from
# the mirror with each security update, which would break the build.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 nenkin \
    && useradd --system --no-log-init --uid 10001 --gid nenkin --home-dir /app --shell /usr/sbin/nologin nenkin \
    && mkdir /data \
    && chown nenkin:nenkin /data
WORKDIR /app
COPY --from=build /src/target/release/nenkin-bot /usr/local/bin/nenkin-bot
# Owned by root: the bot only reads its content.
COPY faq faq
COPY locales locales
ENV NENKIN_CONTENT_DIR=/app \
    NENKIN_DATABASE_URL=sqlite:///data/nenkin-bot.db \
    NENKIN_LISTEN=0.0.0.0:8080
# The SQLite database outlives the container; the owner set above carries into a new volume.
VOLUME /data
EXPOSE 8080
# The bot is PID 1 (exec-form ENTRYPOINT): it gets SIGTERM itself and stops within ~10 s.
STOPSIGNAL SIGTERM
# No curl in the slim image: the binary GETs its own /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 CMD ["nenkin-bot", "health"]
# Numeric, so the runtime can tell it is not root without reading /etc/passwd.
USER 10001:10001
ENTRYPOINT ["nenkin-bot"]
CMD ["serve"]
