#include "app/help/guide.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace myfyrio {

QVector<Guide::Page> Guide::pages(const QString& language)
{
    const QString folder =
        QStringLiteral(":/guide/") + (language == QLatin1String("cy") ? language : QStringLiteral("en"));
    QVector<Page> result;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    static const QRegularExpression prefix(QStringLiteral("^\\d+-"));
    for (const QString& name : files) {
        QFile file(folder + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Page page;
        page.id = QString(name).remove(prefix).chopped(3);
        page.markdown = QString::fromUtf8(file.readAll());
        const QString first = page.markdown.section(QLatin1Char('\n'), 0, 0);
        page.title = first.startsWith(QLatin1String("# ")) ? first.mid(2).trimmed() : page.id;
        result.append(page);
    }
    return result;
}

QString Guide::pageForView(const QString& viewId)
{
    // Every view has a page of the same id; anything else starts at the beginning.
    static const QStringList views{QStringLiteral("journal"),     QStringLiteral("insight"),
                                   QStringLiteral("actions"),     QStringLiteral("calendar"),
                                   QStringLiteral("on-this-day"), QStringLiteral("supervision"),
                                   QStringLiteral("cpd")};
    return views.contains(viewId) ? viewId : QStringLiteral("start");
}

QString Guide::folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    // The typographic apostrophe matches the typed one.
    return out.replace(QChar(0x2019), QLatin1Char('\''));
}

QStringList Guide::search(const QVector<Page>& pages, const QString& query)
{
    const QStringList words = folded(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList found;
    for (const Page& page : pages) {
        const QString text = folded(page.markdown);
        bool all = true;
        for (const QString& word : words)
            all = all && text.contains(word);
        if (all)
            found.append(page.id);
    }
    return found;
}

} // namespace myfyrio
