// A package as buildReleasePackage writes it for one open notebook tender with EU GPP criteria.
export const exampleReleasePackage = {
  "uri": "https://reporting.example.gov/api/v1/ocds/release-packages/0043391f4736",
  "version": "1.1",
  "publishedDate": "2026-08-01T10:00:00.000Z",
  "publisher": {
    "name": "Ministry of ICT",
    "uri": "https://ict.example.gov/"
  },
  "extensions": [
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_submissionTerms_extension/master/extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_sustainability_extension/master/extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_awardCriteria_extension/master/extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_selectionCriteria_extension/master/extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_requirements_extension/master/extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/master/extension.json"
  ],
  "releases": [
    {
      "ocid": "ocds-a1b2c3-7b0c5a52-0f5e-4c1e-9a57-3f0c2f1d9e01",
      "id": "ocds-a1b2c3-7b0c5a52-0f5e-4c1e-9a57-3f0c2f1d9e01-2025-03-01T09:00:00.000Z-bae115c98997",
      "date": "2025-03-01T09:00:00.000Z",
      "tag": [
        "tender"
      ],
      "initiationType": "tender",
      "language": "en",
      "parties": [
        {
          "id": "ORG-MICT",
          "name": "Ministry of ICT",
          "roles": [
            "buyer"
          ]
        }
      ],
      "buyer": {
        "id": "ORG-MICT",
        "name": "Ministry of ICT"
      },
      "tender": {
        "id": "7b0c5a52-0f5e-4c1e-9a57-3f0c2f1d9e01",
        "title": "Notebooks for the civil service, 2025",
        "status": "active",
        "mainProcurementCategory": "goods",
        "items": [
          {
            "id": "1",
            "classification": {
              "scheme": "CPV",
              "id": "30213100"
            }
          }
        ],
        "awardCriteria": "ratedCriteria",
        "hasSustainability": true,
        "sustainability": [
          {
            "goal": "environmental.circularEconomy",
            "strategies": [
              "awardCriteria",
              "contractPerformanceConditions",
              "technicalSpecifications",
              "euGPPCriteria"
            ]
          },
          {
            "goal": "environmental.climateChangeMitigation",
            "strategies": [
              "awardCriteria",
              "euGPPCriteria"
            ]
          },
          {
            "goal": "environmental.energyEfficiency",
            "strategies": [
              "awardCriteria",
              "technicalSpecifications",
              "euGPPCriteria"
            ]
          },
          {
            "goal": "environmental.pollutionPrevention",
            "strategies": [
              "selectionCriteria",
              "euGPPCriteria"
            ]
          },
          {
            "goal": "environmental.wasteReduction",
            "strategies": [
              "contractPerformanceConditions",
              "euGPPCriteria"
            ]
          }
        ],
        "lots": [
          {
            "id": "LOT-1",
            "title": "Notebooks, 14 inch",
            "hasSustainability": true,
            "sustainability": [
              {
                "goal": "environmental.circularEconomy",
                "strategies": [
                  "awardCriteria",
                  "contractPerformanceConditions",
                  "technicalSpecifications",
                  "euGPPCriteria"
                ]
              },
              {
                "goal": "environmental.climateChangeMitigation",
                "strategies": [
                  "awardCriteria",
                  "euGPPCriteria"
                ]
              },
              {
                "goal": "environmental.energyEfficiency",
                "strategies": [
                  "awardCriteria",
                  "technicalSpecifications",
                  "euGPPCriteria"
                ]
              },
              {
                "goal": "environmental.pollutionPrevention",
                "strategies": [
                  "selectionCriteria",
                  "euGPPCriteria"
                ]
              },
              {
                "goal": "environmental.wasteReduction",
                "strategies": [
                  "contractPerformanceConditions",
                  "euGPPCriteria"
                ]
              }
            ],
            "awardCriteria": {
              "criteria": [
                {
                  "type": "price",
                  "name": "Price",
                  "description": "Acquisition price: points = weight × lowest amount offered / amount of the bid.",
                  "numbers": [
                    {
                      "number": 60,
                      "weight": "pointsExact"
                    }
                  ]
                },
                {
                  "type": "quality",
                  "name": "EU-GPP-2021-CMTS.AC1",
                  "catalogueId": "EU-GPP-2021-CMTS.AC1",
                  "numbers": [
                    {
                      "number": 25,
                      "weight": "pointsExact"
                    }
                  ]
                },
                {
                  "type": "quality",
                  "name": "EU-GPP-2021-CMTS.AC5",
                  "catalogueId": "EU-GPP-2021-CMTS.AC5",
                  "numbers": [
                    {
                      "number": 15,
                      "weight": "pointsExact"
                    }
                  ]
                }
              ]
            }
          },
          {
            "id": "LOT-2",
            "title": "Refurbished notebooks",
            "hasSustainability": true,
            "sustainability": [
              {
                "goal": "environmental.circularEconomy",
                "strategies": [
                  "awardCriteria",
                  "contractPerformanceConditions",
                  "technicalSpecifications",
                  "euGPPCriteria"
                ]
              },
              {
                "goal": "environmental.climateChangeMitigation",
                "strategies": [
                  "awardCriteria",
                  "euGPPCriteria"
                ]
              },
              {
                "goal": "environmental.energyEfficiency",
                "strategies": [
                  "awardCriteria",
                  "technicalSpecifications",
                  "euGPPCriteria"
                ]
              },
              {
                "goal": "environmental.pollutionPrevention",
                "strategies": [
                  "selectionCriteria",
                  "euGPPCriteria"
                ]
              },
              {
                "goal": "environmental.wasteReduction",
                "strategies": [
                  "contractPerformanceConditions",
                  "euGPPCriteria"
                ]
              }
            ],
            "awardCriteria": {
              "criteria": [
                {
                  "type": "price",
                  "name": "Price",
                  "description": "Acquisition price: points = weight × lowest amount offered / amount of the bid.",
                  "numbers": [
                    {
                      "number": 60,
                      "weight": "pointsExact"
                    }
                  ]
                },
                {
                  "type": "quality",
                  "name": "EU-GPP-2021-CMTS.AC1",
                  "catalogueId": "EU-GPP-2021-CMTS.AC1",
                  "numbers": [
                    {
                      "number": 25,
                      "weight": "pointsExact"
                    }
                  ]
                },
                {
                  "type": "quality",
                  "name": "EU-GPP-2021-CMTS.AC5",
                  "catalogueId": "EU-GPP-2021-CMTS.AC5",
                  "numbers": [
                    {
                      "number": 15,
                      "weight": "pointsExact"
                    }
                  ]
                }
              ]
            }
          }
        ],
        "criteria": [
          {
            "id": "EU-GPP-2021-CMTS.SC1",
            "title": "Environmental management",
            "description": "The tenderer runs an environmental management system.",
            "relatesToTenderer": true,
            "requirementGroups": [
              {
                "id": "EU-GPP-2021-CMTS.SC1",
                "requirements": [
                  {
                    "id": "SC1.system",
                    "title": "An environmental management system is in place",
                    "dataType": "boolean",
                    "expectedValue": true
                  }
                ]
              }
            ]
          },
          {
            "id": "EU-GPP-2021-CMTS.TS2",
            "title": "Durability: spare parts",
            "relatesToTenderer": false,
            "requirementGroups": [
              {
                "id": "EU-GPP-2021-CMTS.TS2",
                "requirements": [
                  {
                    "id": "TS2.years.comprehensive",
                    "title": "Years spare parts stay available",
                    "description": "Unit: year.",
                    "dataType": "integer",
                    "minValue": 5
                  }
                ]
              }
            ]
          },
          {
            "id": "EU-GPP-2021-CMTS.TS8",
            "relatesToTenderer": false
          },
          {
            "id": "EU-GPP-2021-CMTS.AC1",
            "relatesToTenderer": false
          },
          {
            "id": "EU-GPP-2021-CMTS.AC5",
            "relatesToTenderer": false,
            "requirementGroups": [
              {
                "id": "EU-GPP-2021-CMTS.AC5",
                "requirements": [
                  {
                    "id": "AC5.improvement",
                    "description": "Unit: percent.",
                    "dataType": "number",
                    "minValue": 0,
                    "maxValue": 100
                  }
                ]
              }
            ]
          },
          {
            "id": "EU-GPP-2021-CMTS.CPC2",
            "relatesToTenderer": false,
            "requirementGroups": [
              {
                "id": "EU-GPP-2021-CMTS.CPC2",
                "requirements": [
                  {
                    "id": "CPC2.report",
                    "dataType": "string"
                  }
                ]
              }
            ]
          }
        ],
        "selectionCriteria": {
          "criteria": [
            {
              "type": "technical",
              "description": "Environmental management: The tenderer runs an environmental management system.",
              "appliesTo": [
                "supplier"
              ],
              "catalogueId": "EU-GPP-2021-CMTS.SC1"
            }
          ]
        }
      }
    }
  ]
}
