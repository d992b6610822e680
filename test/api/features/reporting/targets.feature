Feature: A buyer's KPI targets
  A buyer sets targets on its KPIs and follows its progress; another organisation cannot see them.

  @positive
  Scenario: A buyer sets a target
    Given the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/buyers/{buyer}/targets" with the contract's example body
    Then the response status is 201
    And the response matches the OpenAPI contract
    And the response field "kpiId" is "K05"
    And the response field "targetValue" is "30"

  @negative
  Scenario: A target on a KPI that does not exist
    Given the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/buyers/{buyer}/targets" with the contract's example body changed:
      | kpiId | K99 |
    Then the response status is 422
    And the response is a problem with code "UNKNOWN_KPI"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The buyer's targets
    Given a KPI target of the buyer
    And the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/buyers/{buyer}/targets?limit=100"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list has at least 1 item

  @negative
  Scenario: Another organisation's targets
    Given the client holds a token with the role "buyer" for organisation "ORG-OTHER-{unique}"
    When the client sends a GET request to "/api/v1/buyers/{buyer}/targets"
    Then the response status is 403
    And the response is a problem with code "FORBIDDEN"
    And the response matches the OpenAPI contract

  @positive
  Scenario: One target
    Given a KPI target of the buyer
    And the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/buyers/{buyer}/targets/{targetId}"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "id" is "{targetId}"

  @negative
  Scenario: A target that does not exist
    Given the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/buyers/{buyer}/targets/00000000-0000-4000-8000-000000000000"
    Then the response status is 404
    And the response is a problem with code "TARGET_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A buyer raises a target with its ETag
    Given a KPI target of the buyer
    And the client holds a token of the buyer
    When the client sends a PUT request to "/api/v1/buyers/{buyer}/targets/{targetId}" with header "If-Match" set to "{targetEtag}" and the contract's example body changed:
      | targetValue | 45 |
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "targetValue" is "45"

  @negative
  Scenario: Replacing a target without If-Match
    Given a KPI target of the buyer
    And the client holds a token of the buyer
    When the client sends a PUT request to "/api/v1/buyers/{buyer}/targets/{targetId}" with the contract's example body
    Then the response status is 428
    And the response is a problem with code "PRECONDITION_REQUIRED"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A buyer removes a target
    Given a KPI target of the buyer
    And the client holds a token of the buyer
    When the client sends a DELETE request to "/api/v1/buyers/{buyer}/targets/{targetId}" with header "If-Match" set to "{targetEtag}"
    Then the response status is 204
    When the client sends a GET request to "/api/v1/buyers/{buyer}/targets/{targetId}"
    Then the response status is 404

  @negative
  Scenario: Removing a target with a stale ETag
    Given a KPI target of the buyer
    And the client holds a token of the buyer
    When the client sends a DELETE request to "/api/v1/buyers/{buyer}/targets/{targetId}" with header "If-Match" set to "\"{targetId}.0\""
    Then the response status is 412
    And the response is a problem with code "PRECONDITION_FAILED"
    And the response matches the OpenAPI contract

  @positive
  Scenario: Progress towards a target
    Given a KPI target of the buyer
    And the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/buyers/{buyer}/targets/{targetId}/progress"
    Then the response status is 200
    And the response matches the OpenAPI contract

  @negative
  Scenario: Progress towards a target that does not exist
    Given the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/buyers/{buyer}/targets/00000000-0000-4000-8000-000000000000/progress"
    Then the response status is 404
    And the response is a problem with code "TARGET_NOT_FOUND"
    And the response matches the OpenAPI contract
