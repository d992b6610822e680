Feature: Criteria sets: create, edit, publish, version, deprecate
  A criteria set groups criteria for one product category and ambition level; publishing pins the
  exact criterion versions. Writes need the catalogue-admin role, updates the ETag last read.

  @positive
  Scenario: The criteria sets, a page at a time
    When the client sends a GET request to "/api/v1/criteria-sets?limit=2"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list has exactly 2 items
    And the response field "nextCursor" is not empty

  @negative
  Scenario: A page size of zero
    When the client sends a GET request to "/api/v1/criteria-sets?limit=0"
    Then the response status is 400
    And the response is a problem with code "VALIDATION_FAILED"
    And the problem names the field "querystring/limit"
    And the response matches the OpenAPI contract

  @positive
  Scenario: An administrator creates a criteria set as a draft
    Given a published criterion
    And the client holds a token with the role "catalogue-admin"
    When the client sends a POST request to "/api/v1/criteria-sets" with the contract's example body changed:
      | id                        | api-set-{uniqueLower}                                                                  |
      | content.productCategory   | imaging-equipment |
      | content.items             | [{ "criterionId": "{criterionId}", "criterionVersion": null, "suggestedWeight": null }] |
    Then the response status is 201
    And the response matches the OpenAPI contract
    And the response field "status" is "draft"
    And the response field "version" is "1"

  @negative
  Scenario: A criteria set id that is taken
    Given the client holds a token with the role "catalogue-admin"
    When the client sends a POST request to "/api/v1/criteria-sets" with the contract's example body changed:
      | id | notebooks-core |
    Then the response status is 409
    And the response is a problem with code "CRITERIA_SET_EXISTS"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A criteria set's current version
    When the client sends a GET request to "/api/v1/criteria-sets/notebooks-core"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "id" is "notebooks-core"
    And the response field "status" is "published"

  @negative
  Scenario: A criteria set that does not exist
    When the client sends a GET request to "/api/v1/criteria-sets/no-such-set"
    Then the response status is 404
    And the response is a problem with code "CRITERIA_SET_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The versions of a criteria set
    When the client sends a GET request to "/api/v1/criteria-sets/notebooks-core/versions"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list includes an item with "version" "1"

  @negative
  Scenario: The versions of a criteria set that does not exist
    When the client sends a GET request to "/api/v1/criteria-sets/no-such-set/versions"
    Then the response status is 404
    And the response is a problem with code "CRITERIA_SET_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: One version of a criteria set, pinned criteria resolved
    When the client sends a GET request to "/api/v1/criteria-sets/notebooks-core/versions/1"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "content.items" is not empty

  @negative
  Scenario: Version zero
    When the client sends a GET request to "/api/v1/criteria-sets/notebooks-core/versions/0"
    Then the response status is 400
    And the response is a problem with code "VALIDATION_FAILED"
    And the problem names the field "params/version"
    And the response matches the OpenAPI contract

  @positive
  Scenario: An administrator edits a draft set
    Given a draft criteria set
    And the client holds a token with the role "catalogue-admin"
    When the client sends a PUT request to "/api/v1/criteria-sets/{draftSetId}/versions/1" with header "If-Match" set to "{draftSetEtag}" and the contract's example body changed:
      | content.title.en | Notebooks, pilot set |
      | content.productCategory | imaging-equipment |
      | content.items    | [{ "criterionId": "{criterionId}", "criterionVersion": null, "suggestedWeight": null }] |
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "content.title.en" is "Notebooks, pilot set"

  @negative
  Scenario: A published set cannot be edited
    Given the client holds a token with the role "catalogue-admin"
    When the client sends a GET request to "/api/v1/criteria-sets/notebooks-core/versions/1"
    And the client remembers the response header "etag" as "etag"
    And the client sends a PUT request to "/api/v1/criteria-sets/notebooks-core/versions/1" with header "If-Match" set to "{etag}" and the contract's example body changed:
      | content.title.en | Rewritten |
    Then the response status is 409
    And the response is a problem with code "VERSION_PUBLISHED"
    And the response matches the OpenAPI contract

  @positive
  Scenario: An administrator publishes a draft set
    Given a draft criteria set
    And the client holds a token with the role "catalogue-admin"
    When the client sends a POST request to "/api/v1/criteria-sets/{draftSetId}/versions/1/publish" with header "If-Match" set to "{draftSetEtag}"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "status" is "published"

  @negative
  Scenario: Publishing a set without If-Match
    Given a draft criteria set
    And the client holds a token with the role "catalogue-admin"
    When the client sends a POST request to "/api/v1/criteria-sets/{draftSetId}/versions/1/publish"
    Then the response status is 428
    And the response is a problem with code "PRECONDITION_REQUIRED"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A published set gets a new draft version, and the published one is deprecated
    Given a draft criteria set
    And the client holds a token with the role "catalogue-admin"
    When the client sends a POST request to "/api/v1/criteria-sets/{draftSetId}/versions/1/publish" with header "If-Match" set to "{draftSetEtag}"
    And the client remembers the response header "etag" as "publishedEtag"
    And the client sends a POST request to "/api/v1/criteria-sets/{draftSetId}/versions"
    Then the response status is 201
    And the response matches the OpenAPI contract
    And the response field "version" is "2"
    And the response field "status" is "draft"
    When the client sends a POST request to "/api/v1/criteria-sets/{draftSetId}/versions/1/deprecate" with header "If-Match" set to "{publishedEtag}"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "status" is "deprecated"

  @negative
  Scenario: A new version of a set that does not exist
    Given the client holds a token with the role "catalogue-admin"
    When the client sends a POST request to "/api/v1/criteria-sets/no-such-set/versions"
    Then the response status is 404
    And the response is a problem with code "CRITERIA_SET_NOT_FOUND"
    And the response matches the OpenAPI contract

  @negative
  Scenario: Deprecating without a token
    Given the client holds no token
    When the client sends a POST request to "/api/v1/criteria-sets/notebooks-core/versions/1/deprecate" with header "If-Match" set to "\"x\""
    Then the response status is 401
    And the response is a problem with code "UNAUTHENTICATED"
    And the response matches the OpenAPI contract
