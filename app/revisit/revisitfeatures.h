#pragma once

namespace myfyrio {

class Database;
class MainWindow;

/// Adds guided writing and revisiting to the main window: the model, scale and actions
/// panels of the reflection editor, and the Actions, Calendar and On this day views,
/// which open a reflection in the Journal view. Called once from MainWindow::createViews().
void installRevisitFeatures(MainWindow& window, const Database& database);

} // namespace myfyrio
