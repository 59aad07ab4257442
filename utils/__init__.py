"""Who Says What: helpers behind the notebooks.

The main entry points::

    from utils import load_article, parse
    article = load_article()          # the seed article
    doc = parse(article)              # spaCy Doc, paragraph-aware
"""
from .article import Article, ArticleError, Paragraph, article_from_text, load_article, paragraphs_frame
from .nlp import PipelineMissing, entities_frame, entity_counts, load_pipeline, parse, tokens_frame

__all__ = [
    "Article", "ArticleError", "Paragraph", "PipelineMissing",
    "article_from_text", "entities_frame", "entity_counts", "load_article", "load_pipeline",
    "paragraphs_frame", "parse", "tokens_frame",
]
