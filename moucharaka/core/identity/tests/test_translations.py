from django.utils import translation

from moucharaka.core.identity.services import CnieCollectionBlocked


def test_it_explains_the_cndp_block_in_arabic_and_french():
    with translation.override("ar"):
        assert "اللجنة الوطنية لمراقبة حماية المعطيات" in str(CnieCollectionBlocked())
    with translation.override("fr"):
        assert "autorisation de la CNDP" in str(CnieCollectionBlocked())
