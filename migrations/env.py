"""Alembic environment: runs on the connection of the workbench's own Database."""

from __future__ import annotations

from alembic import context

from workbench.store.models import Base, not_a_search_table

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    database = config.attributes.get("database")
    if database is not None:
        engine = database.writer
    else:  # plain `alembic` use from a developer's shell
        from workbench.store.engine import create_database_engine

        engine = create_database_engine(config.get_main_option("sqlalchemy.url")).writer
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            include_name=not_a_search_table,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
