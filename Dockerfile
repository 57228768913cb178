FROM node:20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
# The embedded Meilisearch binary is optional and unused here: compose runs the official image.
RUN npm ci --omit=optional --no-audit --no-fund
COPY . .
RUN npx next build
EXPOSE 3000
CMD ["npx", "tsx", "cli/main.ts", "start"]
