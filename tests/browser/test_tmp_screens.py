from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import CommuneFactory, DistrictFactory
from moucharaka.modules.consultations import demo
from moucharaka.modules.consultations.models import Consultation


def test_screens(page, live_server, transactional_db):
    for slug, ar in (("ouezzane", "وزان"), ("taroudant", "تارودانت")):
        c = CommuneFactory(slug=slug, name_fr=slug.title(), name_ar=ar)
        module_enable(commune=c, key="consultations")
        DistrictFactory(commune=c)
        DistrictFactory(commune=c)
        demo.seed(commune=c)
    base = live_server.url
    o = Consultation.objects.for_commune(
        Consultation.unscoped.get(commune__slug="ouezzane").commune
    ).get()
    t = Consultation.objects.for_commune(
        Consultation.unscoped.get(commune__slug="taroudant").commune
    ).get()
    p = o.paragraphs.filter(contributions__isnull=False).first()
    shots = {
        "o_detail": f"/ar/ouezzane/consultations/{o.pk}/",
        "o_para": f"/ar/ouezzane/consultations/{o.pk}/p/{p.pk}/",
        "o_q": f"/fr/ouezzane/consultations/{o.pk}/questionnaire/",
        "t_detail": f"/ar/taroudant/consultations/{t.pk}/",
        "t_results": f"/ar/taroudant/consultations/{t.pk}/questionnaire/results/",
        "t_results_fr": f"/fr/taroudant/consultations/{t.pk}/questionnaire/results/?group=gender:female",
        "t_para": f"/fr/taroudant/consultations/{t.pk}/p/{t.paragraphs.get(section__position=3, position=1).pk}/",
    }
    for name, path in shots.items():
        page.goto(base + path)
        page.screenshot(path=f"/tmp/shot_{name}.png", full_page=True)
    r = page.request.get(base + f"/ar/taroudant/consultations/{t.pk}/report.pdf")
    open("/tmp/report_ar.pdf", "wb").write(r.body())
    r = page.request.get(base + f"/fr/taroudant/consultations/{t.pk}/report.pdf")
    open("/tmp/report_fr.pdf", "wb").write(r.body())
