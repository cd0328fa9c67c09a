def seed(*, commune, stdout=None) -> None:
    return None
