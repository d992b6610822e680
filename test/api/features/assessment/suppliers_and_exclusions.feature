Feature: Suppliers and their exclusions
  Buyers register suppliers once, by their identifiers; a buyer's exclusion (EU 2014/24 art. 57)
  keeps a supplier out of that buyer's tenders until it ends, a registrar's debarment out of every
  buyer's. The supplier's record belongs to the supplier and to the organisation that registered it.

  @positive
  Scenario: A buyer registers a supplier
    Given the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/suppliers" with the contract's example body changed:
      | name        | Refurb IT {unique}                          |
      | identifiers | [{ "scheme": "VAT", "value": "FR9{unique}" }] |
    Then the response status is 201
    And the response matches the OpenAPI contract
    And the response field "name" is "Refurb IT {unique}"
    And the response header "etag" contains "\""

  @negative
  Scenario: An identifier another supplier holds
    Given a registered supplier
    And the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/suppliers" with the contract's example body changed:
      | identifiers | [{ "scheme": "VAT", "value": "FR{unique}" }] |
    Then the response status is 409
    And the response is a problem with code "SUPPLIER_IDENTIFIER_TAKEN"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The suppliers, a page at a time
    Given a registered supplier
    And the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/suppliers?limit=1"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list has exactly 1 item

  @negative
  Scenario: A cursor that no page handed out
    Given the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/suppliers?cursor=not-a-cursor"
    Then the response status is 400
    And the response is a problem with code "INVALID_CURSOR"
    And the response matches the OpenAPI contract

  @positive
  Scenario: One supplier
    Given a registered supplier
    And the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/suppliers/{supplierId}"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "id" is "{supplierId}"
    And the response header "etag" is "{supplierEtag}"

  @negative
  Scenario: A supplier that does not exist
    Given the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/suppliers/00000000-0000-4000-8000-000000000000"
    Then the response status is 404
    And the response is a problem with code "SUPPLIER_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A buyer updates a supplier with its ETag
    Given a registered supplier
    And the client holds a token of the buyer
    When the client sends a PUT request to "/api/v1/suppliers/{supplierId}" with header "If-Match" set to "{supplierEtag}" and the contract's example body changed:
      | name        | Refurb IT {unique} SAS                      |
      | identifiers | [{ "scheme": "VAT", "value": "FR{unique}" }] |
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "name" is "Refurb IT {unique} SAS"

  @negative
  Scenario: An update with a stale ETag changes nothing
    Given a registered supplier
    And the client holds a token of the buyer
    When the client sends a PUT request to "/api/v1/suppliers/{supplierId}" with header "If-Match" set to "\"{supplierId}.0\"" and the contract's example body changed:
      | identifiers | [{ "scheme": "VAT", "value": "FR{unique}" }] |
    Then the response status is 412
    And the response is a problem with code "PRECONDITION_FAILED"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A buyer records an exclusion
    Given a registered supplier
    And the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/suppliers/{supplierId}/exclusions" with the contract's example body
    Then the response status is 201
    And the response matches the OpenAPI contract
    And the response field "endsOn" is "2029-06-30"

  @negative
  Scenario: An exclusion that has already ended
    Given a registered supplier
    And the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/suppliers/{supplierId}/exclusions" with the contract's example body changed:
      | endsOn | 2001-01-01 |
    Then the response status is 422
    And the response is a problem with code "EXCLUSION_ENDS_IN_PAST"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A supplier's exclusions
    Given an exclusion of a registered supplier
    And the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/suppliers/{supplierId}/exclusions"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list includes an item with "id" "{exclusionId}"

  @negative
  Scenario: The exclusions of a supplier that does not exist
    Given the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/suppliers/00000000-0000-4000-8000-000000000000/exclusions"
    Then the response status is 404
    And the response is a problem with code "SUPPLIER_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: One exclusion
    Given an exclusion of a registered supplier
    And the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/suppliers/{supplierId}/exclusions/{exclusionId}"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "id" is "{exclusionId}"

  @negative
  Scenario: An exclusion that does not exist
    Given a registered supplier
    And the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/suppliers/{supplierId}/exclusions/00000000-0000-4000-8000-000000000000"
    Then the response status is 404
    And the response is a problem with code "EXCLUSION_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The deciding buyer ends its exclusion, with a reason
    Given an exclusion of a registered supplier
    And the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/suppliers/{supplierId}/exclusions/{exclusionId}/end" with the JSON body:
      """
      { "reason": "Art. 57(6): the supplier proved its reliability." }
      """
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "endReason" is "Art. 57(6): the supplier proved its reliability."

  @negative
  Scenario: Another buyer cannot end a buyer's exclusion
    Given an exclusion of a registered supplier
    And the client holds a token with the role "buyer" for organisation "ANOTHER-BUYER-{unique}"
    When the client sends a POST request to "/api/v1/suppliers/{supplierId}/exclusions/{exclusionId}/end" with the JSON body:
      """
      { "reason": "Not ours to end." }
      """
    Then the response status is 403
    And the response is a problem with code "EXCLUSION_NOT_ALLOWED"
    And the response matches the OpenAPI contract

  @negative
  Scenario: Another buyer cannot change a supplier it did not register
    Given a registered supplier
    And the client holds a token with the role "buyer" for organisation "ANOTHER-BUYER-{unique}"
    When the client sends a PUT request to "/api/v1/suppliers/{supplierId}" with header "If-Match" set to "{supplierEtag}" and the contract's example body changed:
      | identifiers | [{ "scheme": "VAT", "value": "FR{unique}" }] |
    Then the response status is 403
    And the response is a problem with code "SUPPLIER_NOT_YOURS"
    And the response matches the OpenAPI contract
