"""The abstract columns, through a model that uses them (petitions' Signature would do;
here the ledger-free CndpAuthorisation cannot, so we test the mixin's methods alone)."""

from moucharaka.core.identity.models import CnieColumns


class Holder(CnieColumns):
    class Meta:
        app_label = "identity"
        abstract = True


def make():
    holder = Holder.__new__(Holder)
    holder.cnie_encrypted = ""
    holder.cnie_hash = ""
    return holder


def test_it_sets_the_encrypted_number_and_hash():
    holder = make()
    holder.set_cnie("ab 123456")
    assert holder.cnie_encrypted and "AB123456" not in holder.cnie_encrypted
    assert len(holder.cnie_hash) == 64
    assert holder.cnie_clear() == "AB123456"
    assert holder.cnie_masked() == "AB****56"


def test_it_forgets_the_number_on_purge():
    holder = make()
    holder.set_cnie("K12345")
    holder.clear_cnie()
    assert holder.cnie_encrypted == "" and holder.cnie_hash == ""
    assert holder.cnie_clear() == ""
