# Podium: build with `docker build -t podium .`, run with `docker run -p 3000:3000 -v podium-data:/data podium`.
# Verified without a Docker engine by `npm run docker:verify` (podman), see README "Run with Docker".

# --- build: compile better-sqlite3 and the TypeScript, then keep only production dependencies -------------
# The full node image already has python3, make and g++ for node-gyp, so the build fetches nothing but npm
# packages (no apt-get).
FROM node:20-bookworm AS build
WORKDIR /app
ENV npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false

# Dependencies first, in their own layer, so a source change does not recompile SQLite (~2 minutes).
# --ignore-scripts: `prepare` (the TypeScript build) cannot run before the sources are copied; the one
# install script the service needs, better-sqlite3's native build, runs explicitly: from source
# (build_from_source: prebuild-install would try to download a binary from GitHub) against the headers that
# every node image ships next to its binary (nodedir: node-gyp would try to download them from nodejs.org).
COPY package.json package-lock.json ./
RUN export npm_config_nodedir="${npm_config_nodedir:-$(node -p 'path.resolve(process.execPath, "../..")')}" \
 && npm ci --ignore-scripts \
 && npm_config_build_from_source=true npm rebuild better-sqlite3

COPY tsconfig.json ./
COPY src ./src
RUN npm run build

# --ignore-scripts: pruning must never run `prepare` again (tsc, a dev dependency, is gone by then); npm 11
# does not today, but nothing guarantees it for every npm the base image may bring.
# Then drop what Node never loads at run time: type declarations, source maps, better-sqlite3's SQLite
# sources and object files (only the .node addon is loaded), and world-countries' flags and map shapes
# (src/tagging reads only its countries.json).
RUN npm prune --omit=dev --ignore-scripts \
 && find node_modules -type f \( -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' -o -name '*.map' \) -delete \
 && cd node_modules/better-sqlite3 \
 && mv build/Release/better_sqlite3.node . && rm -rf build deps src \
 && mkdir -p build/Release && mv better_sqlite3.node build/Release/ \
 && cd /app \
 && rm -rf node_modules/world-countries/data \
 && node -e 'require("better-sqlite3")(":memory:").prepare("select 1").get()'

# --- runtime ------------------------------------------------------------------------------------------
FROM node:20-bookworm-slim
# MALLOC_ARENA_MAX: glibc gives each thread that allocates (the facet snapshot's worker, libuv's pool)
# an arena of its own, and the freed memory of an arena stays resident; two arenas cut the server's
# peak RSS at 1M statements by ~30 MB (README, Performance). It must be set before Node starts.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_PATH=/data/podium.db \
    MALLOC_ARENA_MAX=2
WORKDIR /app

# Owned by root and read-only for the service user; only /data is writable.
COPY package.json ./
COPY migrations ./migrations
COPY seeds ./seeds
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist

# A new named volume takes this directory's owner, so the unprivileged user can create the database in it.
RUN mkdir -p /data && chown node:node /data
VOLUME /data
# The node user (uid 1000) comes with the official node images.
USER node
EXPOSE 3000

# The slim image has no curl: ask Node itself.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# Node runs as PID 1 (exec form), so SIGTERM from `docker stop` reaches the server's close-with-grace
# handler directly: it closes the server and the database and exits 0.
# The heap flags are npm start's (a test keeps them equal): a 128 MB old generation and 4 MB
# semi-spaces keep the server's peak at 1M statements under 250 MB (236 MB in the README's
# Performance run; ~430 MB without them, V8 letting garbage grow the old generation to ~180 MB
# under load). BODY_LIMIT is checked against this heap at start.
CMD ["node", "--max-old-space-size=128", "--max-semi-space-size=4", "dist/server.js"]
