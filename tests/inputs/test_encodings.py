"""Valid GB18030 and GB2312 texts are read, not refused as binary; binary stays refused."""

from __future__ import annotations

import pytest

from secreview.errors import ExtractionError
from secreview.extract.txt import decode_text

EXTENSION_B = "关于𠀀村、𠀁组和𪚥社区更名的通知\n各村民小组:𠀀村与𠀁组合并,𪚥社区名称不变。\n"
PINYIN = "关于规范地名拼音标注的通知\n北京 Běijīng,长沙 Chángshā,广州 Guǎngzhōu,绿 lǜ,女 nǚ。\n"


@pytest.mark.parametrize(
    ("text", "encoding"), [(EXTENSION_B, "gb18030"), (PINYIN, "gb2312"), (PINYIN, "gbk")]
)
def test_gb_texts_with_extension_ideographs_and_pinyin_letters(text: str, encoding: str) -> None:
    assert decode_text(text.encode(encoding)) == (text, "gb18030")


def test_a_gb18030_text_of_four_byte_symbols_outside_chinese_is_still_refused() -> None:
    text = "通知" + "".join(chr(code) for code in range(0x0E01, 0x0E30))  # Thai: four bytes each in GB18030
    with pytest.raises(ExtractionError, match="不像文本"):
        decode_text(text.encode("gb18030"))
