Feature: Criteria: create, edit, publish, version, deprecate
  Catalogue administrators keep the library: a draft can be edited, publishing freezes it, a new
  version starts a new draft, deprecation keeps it readable. Writes need the catalogue-admin role,
  updates the ETag last read.

  @positive
  Scenario: An administrator creates a criterion as a draft
    Given the client holds a token with the role "catalogue-admin"
    When the client sends a POST request to "/api/v1/criteria" with the contract's example body changed:
      | source.code | API-TEST   |
      | code        | N{unique}  |
      | content.productCategories | ["imaging-equipment"] |
    Then the response status is 201
    And the response matches the OpenAPI contract
    And the response field "id" is "API-TEST.N{unique}"
    And the response field "status" is "draft"
    And the response field "version" is "1"

  @negative
  Scenario: A criterion without its content
    Given the client holds a token with the role "catalogue-admin"
    When the client sends a POST request to "/api/v1/criteria" with the JSON body:
      """
      { "source": { "code": "API-TEST", "title": "API test criteria", "publisher": "GovStack API suite", "published": "2026-01-15", "url": null }, "code": "X{unique}" }
      """
    Then the response status is 400
    And the response is a problem with code "VALIDATION_FAILED"
    And the problem names the field "body/content"
    And the response matches the OpenAPI contract

  @negative
  Scenario: A buyer may not write the catalogue
    Given the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/criteria" with the JSON body:
      """
      { "source": { "code": "API-TEST", "title": "t", "publisher": "p", "published": "2026-01-15", "url": null }, "code": "X{unique}", "content": {} }
      """
    Then the response status is 403
    And the response is a problem with code "FORBIDDEN"

  @positive
  Scenario: The versions of a criterion
    Given a draft criterion
    When the client sends a GET request to "/api/v1/criteria/{criterionId}/versions"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list has exactly 1 item
    And the list includes an item with "status" "draft"

  @negative
  Scenario: The versions of a criterion that does not exist
    When the client sends a GET request to "/api/v1/criteria/API-TEST.NOPE{unique}/versions"
    Then the response status is 404
    And the response is a problem with code "CRITERION_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: One version of a criterion, with its ETag
    Given a draft criterion
    When the client sends a GET request to "/api/v1/criteria/{criterionId}/versions/1"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response header "etag" is "{criterionEtag}"
    And the response field "content.title.en" is "Spare parts available after delivery"

  @negative
  Scenario: A version a criterion does not have
    When the client sends a GET request to "/api/v1/criteria/DPG-GOVSTACK.DPG1/versions/99"
    Then the response status is 404
    And the response is a problem with code "CRITERION_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: An administrator edits a draft with its ETag
    Given a draft criterion
    And the client holds a token with the role "catalogue-admin"
    When the client sends a GET request to "/api/v1/criteria/{criterionId}/versions/1"
    And the client sends a PUT request to "/api/v1/criteria/{criterionId}/versions/1" with header "If-Match" set to "{criterionEtag}" and the contract's example body changed:
      | content.title.en | Spare parts for seven years |
      | content.productCategories | ["imaging-equipment"] |
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "content.title.en" is "Spare parts for seven years"

  @negative
  Scenario: An edit without If-Match
    Given a draft criterion
    And the client holds a token with the role "catalogue-admin"
    When the client sends a PUT request to "/api/v1/criteria/{criterionId}/versions/1" with the contract's example body
    Then the response status is 428
    And the response is a problem with code "PRECONDITION_REQUIRED"
    And the response matches the OpenAPI contract

  @positive
  Scenario: An administrator publishes a draft
    Given a draft criterion
    And the client holds a token with the role "catalogue-admin"
    When the client sends a POST request to "/api/v1/criteria/{criterionId}/versions/1/publish" with header "If-Match" set to "{criterionEtag}"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "status" is "published"

  @negative
  Scenario: Publishing with a stale ETag
    Given a draft criterion
    And the client holds a token with the role "catalogue-admin"
    When the client sends a POST request to "/api/v1/criteria/{criterionId}/versions/1/publish" with header "If-Match" set to "\"stale.0\""
    Then the response status is 412
    And the response is a problem with code "PRECONDITION_FAILED"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A new version of a published criterion starts as a draft
    Given a published criterion
    And the client holds a token with the role "catalogue-admin"
    When the client sends a POST request to "/api/v1/criteria/{criterionId}/versions"
    Then the response status is 201
    And the response matches the OpenAPI contract
    And the response field "version" is "2"
    And the response field "status" is "draft"

  @negative
  Scenario: A second draft while one is open
    Given a draft criterion
    And the client holds a token with the role "catalogue-admin"
    When the client sends a POST request to "/api/v1/criteria/{criterionId}/versions"
    Then the response status is 409
    And the response is a problem with code "DRAFT_EXISTS"
    And the response matches the OpenAPI contract

  @positive
  Scenario: An administrator deprecates a published version, which stays readable
    Given a published criterion
    And the client holds a token with the role "catalogue-admin"
    When the client sends a POST request to "/api/v1/criteria/{criterionId}/versions/1/deprecate" with header "If-Match" set to "{criterionEtag}"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "status" is "deprecated"

  @negative
  Scenario: A draft cannot be deprecated
    Given a draft criterion
    And the client holds a token with the role "catalogue-admin"
    When the client sends a POST request to "/api/v1/criteria/{criterionId}/versions/1/deprecate" with header "If-Match" set to "{criterionEtag}"
    Then the response status is 409
    And the response is a problem with code "VERSION_DRAFT"
    And the response matches the OpenAPI contract
