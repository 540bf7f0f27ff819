"""Recognizers: Python candidate finders for what a keyword or a regex cannot find alone (names, addresses,
the cells of a personal column).

A recognizer takes a ``DocumentView`` of one document (view.py: its matching text, the extractor's
segments with their labels, the engine's tokenizer, and the analyses recognizers share, computed once per
document) and yields ``(start, end)`` spans of the matching text; the rule that names it then goes
through validators, context, position and suppression like any other rule. A ``CuedRecognizer`` (the
split numbers of split_cells.py) is given the rule's ``context`` words and ``context_window`` and looks for
them itself. Register a recognizer by adding it to ``REGISTRY``. Importing a recognizer module never loads
jieba's dictionary: that happens on the first text that needs word boundaries.
"""

from __future__ import annotations

from secreview.recognizers.view import CuedRecognizer, Recognizer


def _builtin() -> dict[str, Recognizer | CuedRecognizer]:
    from secreview.recognizers import (
        addresses,
        columns,
        contacts,
        mask_pairs,
        named_numbers,
        names,
        ocr_digits,
        sensitive,
        split_cells,
    )

    return {
        "private_person_names": names.private_person_names,
        "published_person_names": names.published_person_names,
        "public_assistance_names": names.public_assistance_names,
        "procurement_expert_names": names.procurement_expert_names,
        "legal_representative_names": names.legal_representative_names,
        "sentenced_person_names": names.sentenced_person_names,
        "defaulter_names": names.defaulter_names,
        "credit_defaulter_names": names.credit_defaulter_names,
        "penalty_party_names": names.penalty_party_names,
        "service_addressee_names": names.service_addressee_names,
        "home_address_cells": addresses.address_cells,
        "published_village_groups": addresses.published_village_groups,
        "published_allocated_units": addresses.published_allocated_units,
        "office_numbers_above_signature": contacts.office_numbers,
        "dialled_public_numbers": contacts.dialled_numbers,
        "holder_numbers": contacts.holder_numbers,
        "landlines_of_nobody": contacts.landlines_of_nobody,
        "sensitive_health": sensitive.health_of_person,
        "sensitive_hardship": sensitive.hardship_of_household,
        "sensitive_criminal_record": sensitive.criminal_record_of_person,
        "sensitive_identity_traits": sensitive.identity_traits_of_person,
        "sensitive_ethnicity": sensitive.ethnicity_of_person,
        "column_person_names": columns.column_person_names,
        "column_id_numbers": columns.column_id_numbers,
        "column_phones": columns.column_phones,
        "column_emails": columns.column_emails,
        "column_bank_accounts": columns.column_bank_accounts,
        "column_vehicle_plates": columns.column_vehicle_plates,
        "column_addresses": columns.column_addresses,
        "column_sensitive": columns.column_sensitive,
        "ocr_unsure_id_digits": ocr_digits.unsure_id_digits,
        "ocr_unsure_mobile_digits": ocr_digits.unsure_mobile_digits,
        "split_cells_citizen_ids": split_cells.citizen_ids,
        "split_cells_bank_cards": split_cells.bank_cards,
        "split_cells_mobiles": split_cells.mobiles,
        "split_cells_landlines": split_cells.landlines,
        "mask_pairs_citizen_ids": mask_pairs.citizen_ids,
        "mask_pairs_mobiles": mask_pairs.mobiles,
        "mask_pairs_bank_cards": mask_pairs.bank_cards,
        "identity_numbers_beside_names": named_numbers.identity_numbers_beside_names,
        "bank_cards_beside_names": named_numbers.bank_cards_beside_names,
        "mobiles_beside_names": named_numbers.mobiles_beside_names,
    }


REGISTRY: dict[str, Recognizer | CuedRecognizer] = _builtin()
