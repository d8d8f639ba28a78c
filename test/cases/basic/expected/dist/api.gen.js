/** How destinations are created (POST /v2/destinations) and updated (PATCH /v2/destinations/{id}). */
export const destinationsApi = {
    kind: "destinations",
    connectorProperty: "connector",
    configProperty: "config",
    create: {
        method: "POST",
        path: "/v2/destinations",
        pathParams: [],
        sendsConnector: true,
        query: [],
        headers: [],
        body: [{ key: "name", wireKey: "name", type: { type: "string" }, required: true }],
    },
    update: {
        method: "PATCH",
        path: "/v2/destinations/{id}",
        pathParams: [{ key: "id", wireKey: "id", type: { type: "string" }, required: true }],
        sendsConnector: true,
        query: [],
        headers: [],
        body: [{ key: "name", wireKey: "name", type: { type: "string" }, required: true }],
    },
};
/** How sources are created (POST /v2/sources) and updated (PUT /v2/sources/{source_id}). */
export const sourcesApi = {
    kind: "sources",
    connectorProperty: "connector",
    configProperty: "config",
    create: {
        method: "POST",
        path: "/v2/sources",
        pathParams: [],
        sendsConnector: true,
        query: [{ key: "wait", wireKey: "wait", type: { type: "boolean" } }],
        headers: [],
        body: [
            { key: "name", wireKey: "name", type: { type: "string" }, required: true },
            { key: "state", wireKey: "state", type: { type: "string", nullable: true, enum: ["Active", "Paused"] } },
            { key: "tagIds", wireKey: "tag_ids", type: { type: "array", items: { type: "string" } } },
        ],
    },
    update: {
        method: "PUT",
        path: "/v2/sources/{source_id}",
        pathParams: [{ key: "sourceId", wireKey: "source_id", type: { type: "string" }, required: true }],
        sendsConnector: true,
        query: [],
        headers: [],
        body: [
            { key: "name", wireKey: "name", type: { type: "string" }, required: true },
            { key: "state", wireKey: "state", type: { type: "string", nullable: true, enum: ["Active", "Paused"] } },
            { key: "tagIds", wireKey: "tag_ids", type: { type: "array", items: { type: "string" } } },
        ],
    },
};
