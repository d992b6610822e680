Feature: Bids and their evidence
  A supplier bids per lot with an answer to every requirement, attaches evidence and submits;
  bids stay sealed from other suppliers. Evaluators review the evidence once the tender is in
  evaluation.

  @positive
  Scenario: A registered supplier bids on an open tender
    Given a registered supplier
    And an open tender
    And the client holds a token of the bidding supplier
    When the client sends a POST request to "/api/v1/procurements/{procurementId}/lots/{lotId}/bids" with a complete bid
    Then the response status is 201
    And the response matches the OpenAPI contract
    And the response field "status" is "draft"
    And the response field "supplierId" is "{supplierId}"

  @negative
  Scenario: A tender still in draft is invisible to suppliers
    Given a registered supplier
    And a draft tender
    And the client holds a token of the bidding supplier
    When the client sends a POST request to "/api/v1/procurements/{procurementId}/lots/LOT-1/bids" with a complete bid
    Then the response status is 404
    And the response is a problem with code "PROCUREMENT_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A supplier reads its bid
    Given a draft bid on an open tender
    And the client holds a token of the bidding supplier
    When the client sends a GET request to "/api/v1/bids/{bidId}"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "id" is "{bidId}"

  @negative
  Scenario: Another supplier never sees the bid
    Given a draft bid on an open tender
    And the client holds a token of another supplier
    When the client sends a GET request to "/api/v1/bids/{bidId}"
    Then the response status is 404
    And the response is a problem with code "BID_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A supplier revises its draft bid
    Given a draft bid on an open tender
    And the client holds a token of the bidding supplier
    When the client sends a PUT request to "/api/v1/bids/{bidId}" with header "If-Match" set to "{bidEtag}" and a complete bid
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "offeredProducts.0.unitPrice.amount" is "590.00"

  @negative
  Scenario: A submitted bid cannot be revised
    Given a submitted bid on an open tender
    And the client holds a token of the bidding supplier
    When the client sends a PUT request to "/api/v1/bids/{bidId}" with header "If-Match" set to "{bidEtag}" and a complete bid
    Then the response status is 409
    And the response is a problem with code "BID_NOT_DRAFT"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A supplier submits its bid
    Given a draft bid on an open tender
    And the client holds a token of the bidding supplier
    When the client sends a POST request to "/api/v1/bids/{bidId}/submit" with header "If-Match" set to "{bidEtag}"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "status" is "submitted"

  @negative
  Scenario: Submitting without If-Match
    Given a draft bid on an open tender
    And the client holds a token of the bidding supplier
    When the client sends a POST request to "/api/v1/bids/{bidId}/submit"
    Then the response status is 428
    And the response is a problem with code "PRECONDITION_REQUIRED"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The buyer lists the bids once the tender is in evaluation
    Given a tender in evaluation with a bid and its evidence
    And the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/procurements/{procurementId}/bids"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list includes an item with "id" "{bidId}"

  @negative
  Scenario: The bids of a tender that does not exist
    Given the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/procurements/00000000-0000-4000-8000-000000000000/bids"
    Then the response status is 404
    And the response is a problem with code "PROCUREMENT_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A supplier attaches evidence to its bid
    Given a submitted bid on an open tender
    And the client holds a token of the bidding supplier
    When the client sends a POST request to "/api/v1/bids/{bidId}/evidence" with the JSON body:
      """
      { "criterionId": "EU-GPP-2021-CMTS.TS5", "type": "supplierDeclaration", "issuer": "Refurb IT {unique}", "identifier": "DECL-{unique}", "validUntil": "2099-12-31", "url": null, "documentHash": null }
      """
    Then the response status is 201
    And the response matches the OpenAPI contract
    And the response field "status" is "submitted"

  @negative
  Scenario: Evidence for a criterion the tender does not use
    Given a submitted bid on an open tender
    And the client holds a token of the bidding supplier
    When the client sends a POST request to "/api/v1/bids/{bidId}/evidence" with the JSON body:
      """
      { "criterionId": "DPG-GOVSTACK.DPG1", "type": "supplierDeclaration", "issuer": "x", "identifier": "DECL-{unique}", "validUntil": "2099-12-31", "url": null, "documentHash": null }
      """
    Then the response status is 422
    And the response is a problem with code "UNKNOWN_CRITERION"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The evidence of a bid
    Given a submitted bid with evidence on an open tender
    And the client holds a token of the bidding supplier
    When the client sends a GET request to "/api/v1/bids/{bidId}/evidence"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list includes an item with "id" "{evidenceId}"

  @negative
  Scenario: The evidence of a bid that does not exist
    Given the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/bids/00000000-0000-4000-8000-000000000000/evidence"
    Then the response status is 404
    And the response is a problem with code "BID_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The buyer reads one evidence item with the ETag a verdict needs
    Given a tender in evaluation with a bid and its evidence
    And the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/procurements/{procurementId}/evidence/{evidenceId}"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "id" is "{evidenceId}"
    And the response header "etag" contains "{evidenceId}"

  @negative
  Scenario: Another buyer's evidence does not exist for you
    Given a tender in evaluation with a bid and its evidence
    And the client holds a token with the role "buyer" for organisation "ANOTHER-BUYER-{unique}"
    When the client sends a GET request to "/api/v1/procurements/{procurementId}/evidence/{evidenceId}"
    Then the response status is 404
    And the response is a problem with code "EVIDENCE_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The buyer verifies evidence
    Given a tender in evaluation with a bid and its evidence
    And the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/procurements/{procurementId}/evidence/{evidenceId}/review" with header "If-Match" set to "{evidenceEtag}" and the JSON body:
      """
      { "status": "verified" }
      """
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "status" is "verified"

  @negative
  Scenario: Rejecting evidence without a reason
    Given a tender in evaluation with a bid and its evidence
    And the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/procurements/{procurementId}/evidence/{evidenceId}/review" with header "If-Match" set to "{evidenceEtag}" and the JSON body:
      """
      { "status": "rejected" }
      """
    Then the response status is 422
    And the response is a problem with code "REASON_REQUIRED"
    And the response matches the OpenAPI contract
