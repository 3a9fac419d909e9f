#pragma once

#include "core/learning/cardcollection.h"
#include "core/learning/cardformat.h"

#include <QCoreApplication>
#include <QStringList>

namespace myfyrio {

/// Reads the .myfyrio-card files at the top of each card folder, and never
/// writes to them. Card folders are shared, so any file may be hostile: a file
/// is read only when it is a plain file (never through a symbolic link, never a
/// pipe or device), no bigger than a card can be, and is then parsed strictly
/// (CardFormat::parse). Whatever fails is counted as malformed and left out.
///
/// Cards are de-duplicated by id (the same card copied into two folders counts
/// once); a withdrawal record of an id, in any folder, leaves out every copy of
/// that card; and copies of one id that differ are all left out, since a card
/// never changes once shared. Safe to run on any thread; a big folder is read
/// on a few threads of its own (each listing is read once, then shared out),
/// and the result never depends on how it was shared out.
class CardFolderReader
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::CardFolderReader)

public:
    static CardCollection read(const QStringList& folders);

    /// One file's contents, or why it is not a card (for the command line and tests).
    static Expected<CardFile> readFile(const QString& path);
};

} // namespace myfyrio
