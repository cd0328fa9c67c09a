from moucharaka.core.accounts.models import User


def test_it_signs_up_with_an_email_and_logs_in(client, db):
    response = client.post(
        "/ar/accounts/signup/",
        {
            "email": "Fatima@Example.ma",
            "password1": "a long enough passphrase",
            "password2": "a long enough passphrase",
            "display_name": "فاطمة",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="fatima@example.ma")
    assert user.display_name == "فاطمة"
    assert not user.stats_consent  # consent is never assumed
    assert client.get("/ar/profile/").status_code == 200


def test_it_refuses_a_second_account_with_the_same_email(client, citizen):
    response = client.post(
        "/fr/accounts/signup/",
        {"email": citizen.email, "password1": "x1y2z3w4v5u6", "password2": "x1y2z3w4v5u6"},
    )
    assert response.status_code == 200
    assert User.objects.filter(email=citizen.email).count() == 1


def test_it_signs_in_with_email_and_password(client, citizen):
    response = client.post(
        "/fr/accounts/login/", {"login": citizen.email, "password": "correct horse battery"}
    )
    assert response.status_code == 302
    assert client.get("/fr/profile/").status_code == 200
