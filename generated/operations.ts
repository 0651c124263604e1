// GENERATED FILE: DO NOT EDIT. The operation table and a minimal routing document.
// Generated from openapi.yaml by `npm run generate`; CI fails when it is stale.

export const apiVersion = "1.0.0";

export const operations = {
  "getHealth": {
    "method": "get",
    "path": "/health",
    "body": null,
    "successStatuses": [
      200
    ],
    "secured": false,
    "authorization": null,
    "headerParams": [],
    "queryDefaults": []
  },
  "listUsers": {
    "method": "get",
    "path": "/users",
    "body": null,
    "successStatuses": [
      200
    ],
    "secured": true,
    "authorization": {
      "allow": [
        {
          "rule": "group",
          "group": "admins"
        }
      ],
      "refusal": "This needs the admins group."
    },
    "headerParams": [],
    "queryDefaults": [
      "limit"
    ]
  },
  "createUser": {
    "method": "post",
    "path": "/users",
    "body": {
      "required": true
    },
    "successStatuses": [
      201
    ],
    "secured": true,
    "authorization": {
      "allow": [
        {
          "rule": "group",
          "group": "admins"
        }
      ],
      "refusal": "This needs the admins group."
    },
    "headerParams": [],
    "queryDefaults": []
  },
  "getUser": {
    "method": "get",
    "path": "/users/{userId}",
    "body": null,
    "successStatuses": [
      200
    ],
    "secured": true,
    "authorization": {
      "allow": [
        {
          "rule": "group",
          "group": "admins"
        },
        {
          "rule": "self",
          "parameter": "userId"
        }
      ],
      "refusal": "This needs the admins group, or to be the user concerned."
    },
    "headerParams": [],
    "queryDefaults": []
  },
  "updateUser": {
    "method": "put",
    "path": "/users/{userId}",
    "body": {
      "required": true
    },
    "successStatuses": [
      200
    ],
    "secured": true,
    "authorization": {
      "allow": [
        {
          "rule": "group",
          "group": "admins"
        },
        {
          "rule": "self",
          "parameter": "userId"
        }
      ],
      "refusal": "This needs the admins group, or to be the user concerned."
    },
    "headerParams": [
      "If-Match"
    ],
    "queryDefaults": []
  },
  "deleteUser": {
    "method": "delete",
    "path": "/users/{userId}",
    "body": null,
    "successStatuses": [
      204
    ],
    "secured": true,
    "authorization": {
      "allow": [
        {
          "rule": "group",
          "group": "admins"
        }
      ],
      "refusal": "This needs the admins group."
    },
    "headerParams": [],
    "queryDefaults": []
  },
  "listItems": {
    "method": "get",
    "path": "/items",
    "body": null,
    "successStatuses": [
      200
    ],
    "secured": true,
    "authorization": {
      "allow": [
        {
          "rule": "any-caller"
        }
      ],
      "refusal": null
    },
    "headerParams": [],
    "queryDefaults": [
      "limit"
    ]
  },
  "createItem": {
    "method": "post",
    "path": "/items",
    "body": {
      "required": true
    },
    "successStatuses": [
      201
    ],
    "secured": true,
    "authorization": {
      "allow": [
        {
          "rule": "any-caller"
        }
      ],
      "refusal": null
    },
    "headerParams": [
      "Idempotency-Key"
    ],
    "queryDefaults": []
  },
  "createItems": {
    "method": "post",
    "path": "/items/batch",
    "body": {
      "required": true
    },
    "successStatuses": [
      201
    ],
    "secured": true,
    "authorization": {
      "allow": [
        {
          "rule": "any-caller"
        }
      ],
      "refusal": null
    },
    "headerParams": [
      "Idempotency-Key"
    ],
    "queryDefaults": []
  },
  "getItem": {
    "method": "get",
    "path": "/items/{itemId}",
    "body": null,
    "successStatuses": [
      200
    ],
    "secured": true,
    "authorization": {
      "allow": [
        {
          "rule": "any-caller"
        }
      ],
      "refusal": null
    },
    "headerParams": [],
    "queryDefaults": []
  },
  "updateItem": {
    "method": "put",
    "path": "/items/{itemId}",
    "body": {
      "required": true
    },
    "successStatuses": [
      200
    ],
    "secured": true,
    "authorization": {
      "allow": [
        {
          "rule": "any-caller"
        }
      ],
      "refusal": null
    },
    "headerParams": [
      "If-Match"
    ],
    "queryDefaults": []
  },
  "deleteItem": {
    "method": "delete",
    "path": "/items/{itemId}",
    "body": null,
    "successStatuses": [
      204
    ],
    "secured": true,
    "authorization": {
      "allow": [
        {
          "rule": "any-caller"
        }
      ],
      "refusal": null
    },
    "headerParams": [],
    "queryDefaults": [
      "permanent"
    ]
  },
  "restoreItem": {
    "method": "post",
    "path": "/items/{itemId}/restore",
    "body": null,
    "successStatuses": [
      200
    ],
    "secured": true,
    "authorization": {
      "allow": [
        {
          "rule": "any-caller"
        }
      ],
      "refusal": null
    },
    "headerParams": [],
    "queryDefaults": []
  }
} as const;

export type OperationId = keyof typeof operations;

/** The groups the security schemes declare (x-groups): the only ones a policy or a constant may name. */
export const securityGroups = ["admins"] as const;

export type SecurityGroup = (typeof securityGroups)[number];

/** Paths and operationIds only: all openapi-backend needs to route (validation is precompiled). */
export const routingDefinition = {
  "openapi": "3.0.3",
  "info": {
    "title": "Users API",
    "version": "1.0.0"
  },
  "paths": {
    "/health": {
      "get": {
        "operationId": "getHealth",
        "responses": {}
      }
    },
    "/users": {
      "get": {
        "operationId": "listUsers",
        "responses": {}
      },
      "post": {
        "operationId": "createUser",
        "responses": {}
      }
    },
    "/users/{userId}": {
      "get": {
        "operationId": "getUser",
        "responses": {}
      },
      "put": {
        "operationId": "updateUser",
        "responses": {}
      },
      "delete": {
        "operationId": "deleteUser",
        "responses": {}
      }
    },
    "/items": {
      "get": {
        "operationId": "listItems",
        "responses": {}
      },
      "post": {
        "operationId": "createItem",
        "responses": {}
      }
    },
    "/items/batch": {
      "post": {
        "operationId": "createItems",
        "responses": {}
      }
    },
    "/items/{itemId}": {
      "get": {
        "operationId": "getItem",
        "responses": {}
      },
      "put": {
        "operationId": "updateItem",
        "responses": {}
      },
      "delete": {
        "operationId": "deleteItem",
        "responses": {}
      }
    },
    "/items/{itemId}/restore": {
      "post": {
        "operationId": "restoreItem",
        "responses": {}
      }
    }
  }
};
