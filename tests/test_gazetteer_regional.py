"""Regional and sub-regional intergovernmental bodies and their organs, named in French, English
and Spanish: the gazetteer gives each its id whatever the language. Own sentences; rule-only
pipelines."""

import pytest

from mention_helpers import found


@pytest.mark.parametrize("lang, text, name, norm", [
    ("fr", "Le Comité permanent inter-États de lutte contre la sécheresse dans le Sahel a publié ses prévisions.",
     "Comité permanent inter-États de lutte contre la sécheresse dans le Sahel", "CILSS"),
    ("fr", "Les données du Centre régional AGRHYMET ont été partagées avec les ministères.",
     "Centre régional AGRHYMET", "AGRHYMET"),
    ("fr", "La Banque ouest-africaine de développement finance la route.",
     "Banque ouest-africaine de développement", "BOAD"),
    ("fr", "Le rapport du GRECO sur la corruption est paru en mars.", "GRECO", "GRECO"),
    ("fr", "La Commission internationale pour la conservation des thonidés de l'Atlantique a fixé les quotas.",
     "Commission internationale pour la conservation des thonidés de l'Atlantique", "ICCAT"),
    ("en", "The Secretariat of the Pacific Regional Environment Programme hosted the workshop.",
     "Secretariat of the Pacific Regional Environment Programme", "SPREP"),
    ("en", "Officers trained with the Caribbean Public Health Agency last year.",
     "Caribbean Public Health Agency", "CARPHA"),
    ("en", "A loan from the European Bank for Reconstruction and Development was signed.",
     "European Bank for Reconstruction and Development", "EBRD"),
    ("en", "Delegates of the Indian Ocean Tuna Commission met in the Seychelles.",
     "Indian Ocean Tuna Commission", "IOTC"),
    ("en", "The CAREC Institute published a note on regional trade.", "CAREC Institute", "CAREC Institute"),
    ("es", "El Instituto Interamericano de Cooperación para la Agricultura apoyó a los productores.",
     "Instituto Interamericano de Cooperación para la Agricultura", "IICA"),
    ("es", "El Banco Centroamericano de Integración Económica aprobó el préstamo.",
     "Banco Centroamericano de Integración Económica", "CABEI"),
    ("es", "La Comisión Interamericana de Derechos Humanos visitó el país.",
     "Comisión Interamericana de Derechos Humanos", "IACHR"),
    ("es", "La Oficina de Instituciones Democráticas y Derechos Humanos observó las elecciones.",
     "Oficina de Instituciones Democráticas y Derechos Humanos", "ODIHR"),
])
def test_a_regional_body_gets_its_id(extractor, lang, text, name, norm):
    assert (name, norm) in found(extractor, text, lang, "ORG")
