from fastapi import APIRouter

from app.deps import CurrentUser
from app.schemas.markdown import PreviewRequest, PreviewResponse
from app.services import markdown
from core.errors import error_responses

router = APIRouter(prefix="/markdown", tags=["markdown"])


@router.post("/preview", response_model=PreviewResponse, responses=error_responses(401, 413))
async def preview_markdown(body: PreviewRequest, _user: CurrentUser) -> PreviewResponse:
    """Render Markdown to sanitised HTML exactly as saving it would."""
    return PreviewResponse(html=await markdown.preview(body.markdown))
