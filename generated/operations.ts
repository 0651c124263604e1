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
    "headerParams": [],
    "queryDefaults": []
  }
} as const;

export type OperationId = keyof typeof operations;

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
    }
  }
};
