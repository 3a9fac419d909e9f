#include "core/io/import/languageguess.h"

#include "core/journal/reflection.h"

#include <QSet>

namespace myfyrio {

namespace {

// Words common in one language and rare or absent in the other. Words both use
// ("a", "i", "am", "in", "dim", "hi") are left out.
const QSet<QString>& welshWords()
{
    static const QSet<QString> words = {
        QStringLiteral("y"),      QStringLiteral("yr"),       QStringLiteral("yn"),       QStringLiteral("ac"),
        QStringLiteral("ar"),     QStringLiteral("o"),        QStringLiteral("mae"),      QStringLiteral("roedd"),
        QStringLiteral("oedd"),   QStringLiteral("ei"),       QStringLiteral("eu"),       QStringLiteral("gyda"),
        QStringLiteral("wedi"),   QStringLiteral("ddim"),     QStringLiteral("fy"),       QStringLiteral("dy"),
        QStringLiteral("ein"),    QStringLiteral("nhw"),      QStringLiteral("fe"),       QStringLiteral("fod"),
        QStringLiteral("bod"),    QStringLiteral("hefyd"),    QStringLiteral("ond"),      QStringLiteral("pan"),
        QStringLiteral("sy"),     QStringLiteral("sydd"),     QStringLiteral("gan"),      QStringLiteral("hyn"),
        QStringLiteral("hynny"),  QStringLiteral("rydw"),     QStringLiteral("rwy"),      QStringLiteral("dw"),
        QStringLiteral("heddiw"), QStringLiteral("gwaith"),   QStringLiteral("iawn"),     QStringLiteral("efo"),
        QStringLiteral("rhaid"),  QStringLiteral("beth"),     QStringLiteral("pam"),      QStringLiteral("sut"),
        QStringLiteral("ni"),     QStringLiteral("chi"),      QStringLiteral("fi"),       QStringLiteral("mewn"),
        QStringLiteral("dros"),   QStringLiteral("drwy"),     QStringLiteral("wrth"),     QStringLiteral("ydy"),
        QStringLiteral("ydw"),    QStringLiteral("yw"),       QStringLiteral("oes"),      QStringLiteral("bydd"),
        QStringLiteral("byddai"), QStringLiteral("cael"),     QStringLiteral("gwneud"),   QStringLiteral("teulu"),
        QStringLiteral("diolch"), QStringLiteral("ymweliad"), QStringLiteral("nid"),      QStringLiteral("mor"),
        QStringLiteral("hwn"),    QStringLiteral("hon"),      QStringLiteral("rhywbeth"), QStringLiteral("'r"),
        QStringLiteral("'n"),     QStringLiteral("i'r"),      QStringLiteral("a'r"),      QStringLiteral("o'r"),
        QStringLiteral("mae'r"),  QStringLiteral("dwi"),
    };
    return words;
}

const QSet<QString>& englishWords()
{
    static const QSet<QString> words = {
        QStringLiteral("the"),   QStringLiteral("and"),   QStringLiteral("of"),     QStringLiteral("to"),
        QStringLiteral("is"),    QStringLiteral("was"),   QStringLiteral("it"),     QStringLiteral("that"),
        QStringLiteral("with"),  QStringLiteral("for"),   QStringLiteral("on"),     QStringLiteral("had"),
        QStringLiteral("have"),  QStringLiteral("this"),  QStringLiteral("not"),    QStringLiteral("but"),
        QStringLiteral("they"),  QStringLiteral("he"),    QStringLiteral("she"),    QStringLiteral("we"),
        QStringLiteral("my"),    QStringLiteral("at"),    QStringLiteral("be"),     QStringLiteral("are"),
        QStringLiteral("were"),  QStringLiteral("an"),    QStringLiteral("from"),   QStringLiteral("what"),
        QStringLiteral("which"), QStringLiteral("there"), QStringLiteral("their"),  QStringLiteral("about"),
        QStringLiteral("would"), QStringLiteral("could"), QStringLiteral("should"), QStringLiteral("been"),
        QStringLiteral("today"), QStringLiteral("me"),    QStringLiteral("her"),    QStringLiteral("his"),
        QStringLiteral("our"),   QStringLiteral("you"),   QStringLiteral("so"),     QStringLiteral("when"),
        QStringLiteral("felt"),  QStringLiteral("went"),  QStringLiteral("did"),    QStringLiteral("very"),
        QStringLiteral("i'm"),   QStringLiteral("it's"),  QStringLiteral("don't"),  QStringLiteral("didn't"),
    };
    return words;
}

} // namespace

int LanguageGuess::score(const QString& text)
{
    int welsh = 0;
    int english = 0;
    QString word;
    word.reserve(32);
    const auto take = [&] {
        // Trailing apostrophes belong to quotation, not the word.
        while (word.endsWith(QLatin1Char('\'')))
            word.chop(1);
        while (word.startsWith(QLatin1Char('\'')) && word.size() > 2)
            word.remove(0, 1);
        if (!word.isEmpty() && word.size() <= 8) {
            if (welshWords().contains(word))
                ++welsh;
            else if (englishWords().contains(word))
                ++english;
        }
        word.resize(0); // keeps the buffer
    };
    // The first few thousand characters say enough; a long entry is not read to its end.
    const qsizetype length = qMin<qsizetype>(text.size(), 4000);
    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case 0x0175: // ŵ
        case 0x0174:
        case 0x0177: // ŷ
        case 0x0176:
            welsh += 2;
            break;
        default:
            break;
        }
        if (c.isLetter())
            word += c.toLower();
        else if (c == QLatin1Char('\'') || c == QChar(0x2019))
            word += QLatin1Char('\'');
        else if (!word.isEmpty())
            take();
    }
    take();
    return welsh - english;
}

QString LanguageGuess::of(const QString& text, const QString& fallback)
{
    const int s = score(text);
    if (s > 0)
        return languageCodeWelsh();
    if (s < 0)
        return languageCodeEnglish();
    return fallback == languageCodeWelsh() ? languageCodeWelsh() : languageCodeEnglish();
}

} // namespace myfyrio
