/** How destinations are created (POST /v1/destinations) and updated (PATCH /v1/destinations/{destinationId}). */
export const destinationsApi = {
    kind: "destinations",
    configProperty: "configuration",
    create: {
        method: "POST",
        path: "/v1/destinations",
        pathParams: [],
        sendsConnector: false,
        query: [],
        headers: [],
        body: [
            { key: "name", wireKey: "name", type: { type: "string" }, required: true },
            { key: "workspaceId", wireKey: "workspaceId", type: { type: "string", format: "uuid" }, required: true },
        ],
    },
    update: {
        method: "PATCH",
        path: "/v1/destinations/{destinationId}",
        pathParams: [{ key: "destinationId", wireKey: "destinationId", type: { type: "string" }, required: true }],
        sendsConnector: false,
        query: [],
        headers: [],
        body: [{ key: "name", wireKey: "name", type: { type: "string" } }],
    },
};
/** How sources are created (POST /v1/sources) and updated (PATCH /v1/sources/{sourceId}). */
export const sourcesApi = {
    kind: "sources",
    configProperty: "configuration",
    create: {
        method: "POST",
        path: "/v1/sources",
        pathParams: [],
        sendsConnector: false,
        query: [],
        headers: [],
        body: [
            { key: "name", wireKey: "name", type: { type: "string" }, required: true },
            { key: "workspaceId", wireKey: "workspaceId", type: { type: "string", format: "uuid" }, required: true },
        ],
    },
    update: {
        method: "PATCH",
        path: "/v1/sources/{sourceId}",
        pathParams: [{ key: "sourceId", wireKey: "sourceId", type: { type: "string" }, required: true }],
        sendsConnector: false,
        query: [],
        headers: [],
        body: [{ key: "name", wireKey: "name", type: { type: "string" } }],
    },
};
