from fastapi import APIRouter, Depends

from app.deps import CurrentUser, preview_rate_limit
from app.schemas.markdown import PreviewRequest, PreviewResponse
from app.services import markdown
from app.services.html_guard import HtmlTooComplex
from core.errors import PayloadTooLarge, RateLimited, error_responses

router = APIRouter(prefix="/markdown", tags=["markdown"])


@router.post(
    "/preview",
    response_model=PreviewResponse,
    responses=error_responses(401, PayloadTooLarge, HtmlTooComplex, RateLimited),
    dependencies=[Depends(preview_rate_limit)],
)
async def preview_markdown(body: PreviewRequest, _user: CurrentUser) -> PreviewResponse:
    """Render Markdown to sanitised HTML exactly as saving it would (PREVIEW_RATE_LIMIT)."""
    return PreviewResponse(html=await markdown.preview(body.markdown))
