#pragma once

namespace myfyrio {

class Database;
class MainWindow;

/// Adds learning from failure to the main window: the placement panel of the
/// reflection editor, the reason and type filter and marker of the journal
/// list, and the Insight view. Called once from MainWindow::createViews(),
/// before the panels that ask "what will I do?", so that the system question
/// comes first.
void installFailureFeatures(MainWindow& window, const Database& database);

} // namespace myfyrio
