#pragma once

#include <QString>
#include <QVector>

namespace myfyrio {

/// The user guide bundled with Myfyrio (resources/guide/{cy,en}/NN-id.md):
/// short Markdown pages in Welsh and English, one per view and per topic.
/// Both languages hold the same pages, by the same ids.
class Guide
{
public:
    struct Page {
        QString id;       ///< "journal", "supervision", … (the file name without "NN-" and ".md")
        QString title;    ///< the page's first "# " heading
        QString markdown; ///< the whole page
    };

    /// The pages in the given language ("cy" or "en"), in their order.
    static QVector<Page> pages(const QString& language);
    /// The page to open for a view (its id in the main window), or the first page.
    static QString pageForView(const QString& viewId);
    /// The ids of the pages whose text holds every word of the query (case and accents ignored).
    static QStringList search(const QVector<Page>& pages, const QString& query);
    /// Text folded for searching: lower case, accents removed (ŵ → w).
    static QString folded(const QString& text);
};

} // namespace myfyrio
