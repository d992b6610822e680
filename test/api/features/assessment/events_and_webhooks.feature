Feature: Event feed and webhooks
  Every change is a CloudEvent in the feed; auditors subscribe URLs to event types and see each
  subscription's deliveries.

  @positive
  Scenario: An auditor reads the event feed
    Given a submitted bid on an open tender
    And the client holds a token with the role "auditor"
    When the client sends a GET request to "/api/v1/events?limit=5"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list has at least 1 item

  @negative
  Scenario: A buyer does not read the event feed
    Given the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/events"
    Then the response status is 403
    And the response is a problem with code "FORBIDDEN"
    And the response matches the OpenAPI contract

  @positive
  Scenario: An auditor subscribes a URL
    Given the client holds a token with the role "auditor"
    When the client sends a POST request to "/api/v1/webhooks" with the JSON body:
      """
      { "url": "http://127.0.0.1:9/hooks/{unique}", "eventTypes": ["award.made", "contract.signed"] }
      """
    Then the response status is 201
    And the response matches the OpenAPI contract
    And the response field "secret" is not empty

  @negative
  Scenario: A target the allow-list does not name
    Given the client holds a token with the role "auditor"
    When the client sends a POST request to "/api/v1/webhooks" with the JSON body:
      """
      { "url": "https://10.0.0.1/hooks/{unique}", "eventTypes": ["award.made"] }
      """
    Then the response status is 422
    And the response is a problem with code "WEBHOOK_TARGET_NOT_ALLOWED"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The subscriptions
    Given a webhook subscription
    And the client holds a token with the role "auditor"
    When the client sends a GET request to "/api/v1/webhooks?limit=100"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list has at least 1 item

  @positive
  Scenario: One subscription, without its secret
    Given a webhook subscription
    And the client holds a token with the role "auditor"
    When the client sends a GET request to "/api/v1/webhooks/{webhookId}"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "id" is "{webhookId}"

  @negative
  Scenario: A subscription that does not exist
    Given the client holds a token with the role "auditor"
    When the client sends a GET request to "/api/v1/webhooks/00000000-0000-4000-8000-000000000000"
    Then the response status is 404
    And the response is a problem with code "WEBHOOK_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The deliveries of a subscription
    Given a webhook subscription
    And the client holds a token with the role "auditor"
    When the client sends a GET request to "/api/v1/webhooks/{webhookId}/deliveries"
    Then the response status is 200
    And the response matches the OpenAPI contract

  @negative
  Scenario: The deliveries of a subscription that does not exist
    Given the client holds a token with the role "auditor"
    When the client sends a GET request to "/api/v1/webhooks/00000000-0000-4000-8000-000000000000/deliveries"
    Then the response status is 404
    And the response is a problem with code "WEBHOOK_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: An auditor ends a subscription
    Given a webhook subscription
    And the client holds a token with the role "auditor"
    When the client sends a DELETE request to "/api/v1/webhooks/{webhookId}"
    Then the response status is 204
    When the client sends a GET request to "/api/v1/webhooks/{webhookId}"
    Then the response status is 404

  @negative
  Scenario: Ending a subscription that does not exist
    Given the client holds a token with the role "auditor"
    When the client sends a DELETE request to "/api/v1/webhooks/00000000-0000-4000-8000-000000000000"
    Then the response status is 404
    And the response is a problem with code "WEBHOOK_NOT_FOUND"
    And the response matches the OpenAPI contract
