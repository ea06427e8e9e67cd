# The API image. Neo4j runs in its own container (docker-compose.yml), so this image needs no Java.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json schema.graphql ./
COPY src ./src
COPY web ./web
RUN npm ci

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY cypher ./cypher
COPY data ./data
USER node
EXPOSE 4000
CMD ["node", "bin/papergraph.js", "start"]
