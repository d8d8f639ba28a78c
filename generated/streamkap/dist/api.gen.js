/** How destinations are created (POST /destinations) and updated (PUT /destinations/{destination_id}). */
export const destinationsApi = {
    kind: "destinations",
    connectorProperty: "connector",
    configProperty: "config",
    create: {
        method: "POST",
        path: "/destinations",
        pathParams: [],
        sendsConnector: true,
        query: [
            { key: "secretReturned", wireKey: "secret_returned", type: { type: "boolean" } },
            { key: "wait", wireKey: "wait", type: { type: "boolean" } },
        ],
        headers: [],
        body: [
            { key: "name", wireKey: "name", type: { type: "string" }, required: true },
            {
                key: "createdFrom",
                wireKey: "created_from",
                type: { type: "string", nullable: true, enum: ["terraform", "web", "api"] },
                default: "api",
            },
            {
                key: "desiredState",
                wireKey: "desired_state",
                type: {
                    type: "string",
                    nullable: true,
                    enum: ["Pending", "Active", "Paused", "Stopped", "Pending Update", "Pending Delete"],
                },
            },
            { key: "kcClusterId", wireKey: "kc_cluster_id", type: { type: "string", nullable: true } },
            { key: "tags", wireKey: "tags", type: { type: "array", nullable: true, items: { type: "string" } } },
        ],
    },
    update: {
        method: "PUT",
        path: "/destinations/{destination_id}",
        pathParams: [{ key: "destinationId", wireKey: "destination_id", type: { type: "string" }, required: true }],
        sendsConnector: true,
        query: [
            { key: "secretReturned", wireKey: "secret_returned", type: { type: "boolean" } },
            { key: "wait", wireKey: "wait", type: { type: "boolean" } },
        ],
        headers: [],
        body: [
            { key: "name", wireKey: "name", type: { type: "string" }, required: true },
            {
                key: "desiredState",
                wireKey: "desired_state",
                type: {
                    type: "string",
                    nullable: true,
                    enum: ["Pending", "Active", "Paused", "Stopped", "Pending Update", "Pending Delete"],
                },
            },
            { key: "kcClusterId", wireKey: "kc_cluster_id", type: { type: "string", nullable: true } },
            { key: "tags", wireKey: "tags", type: { type: "array", nullable: true, items: { type: "string" } } },
        ],
    },
};
/** How sources are created (POST /sources) and updated (PUT /sources/{source_id}). */
export const sourcesApi = {
    kind: "sources",
    connectorProperty: "connector",
    configProperty: "config",
    create: {
        method: "POST",
        path: "/sources",
        pathParams: [],
        sendsConnector: true,
        query: [
            { key: "secretReturned", wireKey: "secret_returned", type: { type: "boolean" } },
            { key: "wait", wireKey: "wait", type: { type: "boolean" } },
        ],
        headers: [],
        body: [
            { key: "name", wireKey: "name", type: { type: "string" }, required: true },
            {
                key: "createdFrom",
                wireKey: "created_from",
                type: { type: "string", nullable: true, enum: ["terraform", "web", "api"] },
                default: "api",
            },
            {
                key: "desiredState",
                wireKey: "desired_state",
                type: {
                    type: "string",
                    nullable: true,
                    enum: ["Pending", "Active", "Paused", "Stopped", "Pending Update", "Pending Delete"],
                },
            },
            { key: "kcClusterId", wireKey: "kc_cluster_id", type: { type: "string", nullable: true } },
            { key: "tags", wireKey: "tags", type: { type: "array", nullable: true, items: { type: "string" } } },
        ],
    },
    update: {
        method: "PUT",
        path: "/sources/{source_id}",
        pathParams: [{ key: "sourceId", wireKey: "source_id", type: { type: "string" }, required: true }],
        sendsConnector: true,
        query: [
            { key: "secretReturned", wireKey: "secret_returned", type: { type: "boolean" } },
            { key: "wait", wireKey: "wait", type: { type: "boolean" } },
        ],
        headers: [],
        body: [
            { key: "name", wireKey: "name", type: { type: "string" }, required: true },
            {
                key: "desiredState",
                wireKey: "desired_state",
                type: {
                    type: "string",
                    nullable: true,
                    enum: ["Pending", "Active", "Paused", "Stopped", "Pending Update", "Pending Delete"],
                },
            },
            { key: "kcClusterId", wireKey: "kc_cluster_id", type: { type: "string", nullable: true } },
            { key: "tags", wireKey: "tags", type: { type: "array", nullable: true, items: { type: "string" } } },
        ],
    },
};
