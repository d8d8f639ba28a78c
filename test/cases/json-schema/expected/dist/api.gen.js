/** How destinations are created (POST /api/v1/destinations/) and updated (PUT /api/v1/destinations/{destination_id}). */
export const destinationsApi = {
    kind: "destinations",
    connectorProperty: "type",
    configProperty: "config",
    create: {
        method: "POST",
        path: "/api/v1/destinations/",
        pathParams: [],
        sendsConnector: true,
        query: [],
        headers: [
            {
                key: "unstructuredApiKey",
                wireKey: "unstructured-api-key",
                type: { type: "string" },
                required: true,
                secret: true,
            },
        ],
        body: [{ key: "name", wireKey: "name", type: { type: "string" }, required: true }],
    },
    update: {
        method: "PUT",
        path: "/api/v1/destinations/{destination_id}",
        pathParams: [{ key: "destinationId", wireKey: "destination_id", type: { type: "string" }, required: true }],
        sendsConnector: true,
        query: [],
        headers: [
            {
                key: "unstructuredApiKey",
                wireKey: "unstructured-api-key",
                type: { type: "string" },
                required: true,
                secret: true,
            },
        ],
        body: [{ key: "name", wireKey: "name", type: { type: "string" }, required: true }],
    },
};
/** How sources are created (POST /api/v1/sources/) and updated (PUT /api/v1/sources/{source_id}). */
export const sourcesApi = {
    kind: "sources",
    connectorProperty: "type",
    configProperty: "config",
    create: {
        method: "POST",
        path: "/api/v1/sources/",
        pathParams: [],
        sendsConnector: true,
        query: [],
        headers: [
            {
                key: "unstructuredApiKey",
                wireKey: "unstructured-api-key",
                type: { type: "string" },
                required: true,
                secret: true,
            },
        ],
        body: [{ key: "name", wireKey: "name", type: { type: "string" }, required: true }],
    },
    update: {
        method: "PUT",
        path: "/api/v1/sources/{source_id}",
        pathParams: [{ key: "sourceId", wireKey: "source_id", type: { type: "string" }, required: true }],
        sendsConnector: false,
        query: [],
        headers: [
            {
                key: "unstructuredApiKey",
                wireKey: "unstructured-api-key",
                type: { type: "string" },
                required: true,
                secret: true,
            },
        ],
        body: [],
    },
};
