<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en">
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>Cau&apos;r Tab</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>Arallenw</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Gyriant</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Ffolder Ffeiliau</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Llwybr Byr</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Dewis &amp;Popeth</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Camu i &amp;Fyny</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Camu i &amp;Lawr</translation>
    </message>
</context>
<context>
    <name>QAccessibleActionInterface</name>
    <message>
        <source>Press</source>
        <translation>Pwyso</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Cynyddu</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Lleihau</translation>
    </message>
    <message>
        <source>ShowMenu</source>
        <translation>Dangos y Ddewislen</translation>
    </message>
    <message>
        <source>SetFocus</source>
        <translation>Gosod Ffocws</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Toglo</translation>
    </message>
    <message>
        <source>Scroll Left</source>
        <translation>Sgrolio i&apos;r Chwith</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Sgrolio i&apos;r Dde</translation>
    </message>
    <message>
        <source>Scroll Up</source>
        <translation>Sgrolio i Fyny</translation>
    </message>
    <message>
        <source>Scroll Down</source>
        <translation>Sgrolio i Lawr</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Tudalen Flaenorol</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Tudalen Nesaf</translation>
    </message>
    <message>
        <source>Triggers the action</source>
        <translation>Yn sbarduno&apos;r weithred</translation>
    </message>
    <message>
        <source>Increase the value</source>
        <translation>Yn cynyddu&apos;r gwerth</translation>
    </message>
    <message>
        <source>Decrease the value</source>
        <translation>Yn lleihau&apos;r gwerth</translation>
    </message>
    <message>
        <source>Shows the menu</source>
        <translation>Yn dangos y ddewislen</translation>
    </message>
    <message>
        <source>Sets the focus</source>
        <translation>Yn gosod y ffocws</translation>
    </message>
    <message>
        <source>Toggles the state</source>
        <translation>Yn toglo&apos;r cyflwr</translation>
    </message>
    <message>
        <source>Scrolls to the left</source>
        <translation>Yn sgrolio i&apos;r chwith</translation>
    </message>
    <message>
        <source>Scrolls to the right</source>
        <translation>Yn sgrolio i&apos;r dde</translation>
    </message>
    <message>
        <source>Scrolls up</source>
        <translation>Yn sgrolio i fyny</translation>
    </message>
    <message>
        <source>Scrolls down</source>
        <translation>Yn sgrolio i lawr</translation>
    </message>
    <message>
        <source>Goes back a page</source>
        <translation>Yn mynd yn ôl un dudalen</translation>
    </message>
    <message>
        <source>Goes to the next page</source>
        <translation>Yn mynd i&apos;r dudalen nesaf</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>Hu&amp;e:</source>
        <translation>A&amp;rlliw:</translation>
    </message>
    <message>
        <source>&amp;Sat:</source>
        <translation>&amp;Dirlawnder:</translation>
    </message>
    <message>
        <source>&amp;Val:</source>
        <translation>G&amp;werth:</translation>
    </message>
    <message>
        <source>&amp;Red:</source>
        <translation>&amp;Coch:</translation>
    </message>
    <message>
        <source>&amp;Green:</source>
        <translation>&amp;Gwyrdd:</translation>
    </message>
    <message>
        <source>Bl&amp;ue:</source>
        <translation>Gl&amp;as:</translation>
    </message>
    <message>
        <source>A&amp;lpha channel:</source>
        <translation>&amp;Sianel alffa:</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <source>Select Color</source>
        <translation>Dewis Lliw</translation>
    </message>
    <message>
        <source>&amp;Basic colors</source>
        <translation>&amp;Lliwiau sylfaenol</translation>
    </message>
    <message>
        <source>&amp;Custom colors</source>
        <translation>Lliwiau &amp;personol</translation>
    </message>
    <message>
        <source>&amp;Add to Custom Colors</source>
        <translation>&amp;Ychwanegu at y Lliwiau Personol</translation>
    </message>
    <message>
        <source>&amp;Pick Screen Color</source>
        <translation>Dewis Lliw o&apos;r Sgri&amp;n</translation>
    </message>
    <message>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translation>Cyrchwr yn %1, %2
Pwyswch ESC i ddiddymu</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>True</source>
        <translation>Gwir</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Gau</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Agor naidlen ddewis y blwch cyfuno</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Tasg</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Rheoli Tasg</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Argraffu wedi&apos;i amserlennu:</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Gwybodaeth bilio:</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Blaenoriaeth y dasg:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Tudalennau Baner</translation>
    </message>
    <message>
        <source>End:</source>
        <comment>Banner page at end</comment>
        <translation>Diwedd:</translation>
    </message>
    <message>
        <source>Start:</source>
        <comment>Banner page at start</comment>
        <translation>Dechrau:</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Argraffu ar Unwaith</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Dal am Gyfnod Amhenodol</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Dydd (06:00 i 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Nos (18:00 i 05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Ail Shifft (16:00 i 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Trydedd Shifft (00:00 i 07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Penwythnos (Dydd Sadwrn i Ddydd Sul)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Amser Penodol</translation>
    </message>
    <message>
        <source>None</source>
        <comment>CUPS Banner page</comment>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>CUPS Banner page</comment>
        <translation>Safonol</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <comment>CUPS Banner page</comment>
        <translation>Heb ei Ddosbarthu</translation>
    </message>
    <message>
        <source>Confidential</source>
        <comment>CUPS Banner page</comment>
        <translation>Cyfrinachol</translation>
    </message>
    <message>
        <source>Classified</source>
        <comment>CUPS Banner page</comment>
        <translation>Dosbarthedig</translation>
    </message>
    <message>
        <source>Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Dirgel</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Dirgel Iawn</translation>
    </message>
</context>
<context>
    <name>QCupsPrinterSupport</name>
    <message>
        <source>Authentication Needed</source>
        <translation>Angen Dilysu</translation>
    </message>
    <message>
        <source>Authentication needed to use %1.</source>
        <translation>Mae angen dilysu i ddefnyddio %1.</translation>
    </message>
    <message>
        <source>Authentication needed to use %1 on %2.</source>
        <translation>Mae angen dilysu i ddefnyddio %1 ar %2.</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Cyfrinair:</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Beth yw Hwn?</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Arnofio</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Yn datgysylltu ac yn ailgysylltu&apos;r teclyn doc</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Yn cau&apos;r teclyn doc</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>&amp;Dangos y neges hon eto</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Neges Dadfygio:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Rhybudd:</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Gwall Difrifol:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Gwall Angheuol:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Gwybodaeth:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Yn Ôl</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Dangos </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>Mae &apos;%1&apos; wedi&apos;i ddiogelu rhag ysgrifennu.
Ydych chi am ei ddileu beth bynnag?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Ydych chi&apos;n siŵr eich bod am ddileu &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Rhestr o leoedd a nodau tudalen</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Enw&apos;r ffeil:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ffolder Newydd</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Cyfeiriadur Rhiant</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Ffolder &amp;Newydd</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Edrych yn:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Creu Ffolder Newydd</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Ffeiliau o&apos;r math:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Canfod Cyfeiriadur</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Dangos ffeiliau &amp;cudd</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Cadw Fel</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Heb ganfod y cyfeiriadur.
Gwiriwch fod enw cywir y cyfeiriadur wedi&apos;i roi.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bar ochr</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Golwg Rhestr</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Dewis</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Pob Ffeil (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Cyfeiriaduron</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ailenwi</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Methu dileu&apos;r cyfeiriadur.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Cyfeiriadur:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mae %1 yn bodoli eisoes.
Ydych chi am ei disodli?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Mynd ymlaen</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Mynd i&apos;r cyfeiriadur rhiant</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Lleoedd Diweddar</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Newid i&apos;r modd golwg manylion</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creu Ffolder Newydd</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Golwg Manylion</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Heb ganfod y ffeil.
Gwiriwch fod enw cywir y ffeil wedi&apos;i roi.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Newid i&apos;r modd golwg rhestr</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <comment>Match OS X Finder</comment>
        <translation>Math</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Math</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Fy Nghyfrifiadur</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Cyfrifiadur</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dyddiad Newid</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Diddymu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Cau heb Gadw</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Rhowch werth:</translation>
    </message>
</context>
<context>
    <name>QKeySequenceEdit</name>
    <message>
        <source>Press shortcut</source>
        <translation>Pwyswch y llwybr byr</translation>
    </message>
    <message>
        <source>%1, ...</source>
        <translation>%1, ...</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis Popeth</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Dangos Manylion...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Cuddio Manylion...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Ynghylch Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ynghylch Qt&lt;/h3&gt;&lt;p&gt;Mae&apos;r rhaglen hon yn defnyddio Qt fersiwn %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pecyn cymorth C++ ar gyfer datblygu rhaglenni traws-blatfform yw Qt.&lt;/p&gt;&lt;p&gt;Mae Qt yn darparu hygludedd un ffynhonnell ar draws pob un o&apos;r prif systemau gweithredu bwrdd gwaith. Mae hefyd ar gael ar gyfer Linux mewnblanedig a systemau gweithredu mewnblanedig a symudol eraill.&lt;/p&gt;&lt;p&gt;Mae Qt ar gael dan sawl dewis trwyddedu, a gynlluniwyd i ddiwallu anghenion ein gwahanol ddefnyddwyr.&lt;/p&gt;&lt;p&gt;Mae Qt dan ein cytundeb trwydded fasnachol yn addas ar gyfer datblygu meddalwedd perchnogol/masnachol pan nad ydych am rannu unrhyw god ffynhonnell â thrydydd partïon, neu pan na allwch gydymffurfio fel arall ag amodau GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Mae Qt dan GNU (L)GPL yn addas ar gyfer datblygu rhaglenni&amp;nbsp;Qt ar yr amod eich bod yn gallu cydymffurfio â thelerau ac amodau&apos;r trwyddedau perthnasol.&lt;/p&gt;&lt;p&gt;Gweler &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; am drosolwg o drwyddedu Qt.&lt;/p&gt;&lt;p&gt;Hawlfraint (C) %1 The Qt Company Ltd a chyfranwyr eraill.&lt;/p&gt;&lt;p&gt;Mae Qt a logo Qt yn nodau masnach sy&apos;n perthyn i The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Cynnyrch gan The Qt Company Ltd yw Qt, wedi&apos;i ddatblygu fel prosiect cod agored. Gweler &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; am ragor o wybodaeth.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papur</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Ffynhonnell papur:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>ymyl uchaf</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>ymyl isaf</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>ymyl chwith</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>ymyl dde</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Ymylon</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Cyfaddas</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Tirlun</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portread</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Tirlun o chwith</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Portread o chwith</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Cynllun Tudalen</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Lled:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Uchder:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Cyfeiriadaeth</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Trefn y tudalennau:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Maint tudalen:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Tudalennau fesul dalen:</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimetrau (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Modfeddi (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Pwyntiau (pt)</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw Popeth</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i &amp;Bopeth</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;a i Bopeth</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Terfynu</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ailgynnig</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hepgor</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gosod</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y Rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Even Pages</source>
        <translation>Tudalennau Eilrif</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Tudalennau Odrif</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Pob Tudalen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Argraffu</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Dewisiadau &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Dewisiadau &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>O&apos;r chwith i&apos;r dde, o&apos;r brig i&apos;r gwaelod</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>O&apos;r chwith i&apos;r dde, o&apos;r gwaelod i&apos;r brig</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>O&apos;r dde i&apos;r chwith, o&apos;r gwaelod i&apos;r brig</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>O&apos;r dde i&apos;r chwith, o&apos;r brig i&apos;r gwaelod</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>O&apos;r gwaelod i&apos;r brig, o&apos;r chwith i&apos;r dde</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>O&apos;r gwaelod i&apos;r brig, o&apos;r dde i&apos;r chwith</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>O&apos;r brig i&apos;r gwaelod, o&apos;r chwith i&apos;r dde</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>O&apos;r brig i&apos;r gwaelod, o&apos;r dde i&apos;r chwith</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ysgrifennu ffeil PDF</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Does dim modd defnyddio&apos;r dewisiadau &apos;Tudalennau Fesul Dalen&apos; a &apos;Set Tudalennau&apos; gyda&apos;i gilydd.
Diffoddwch un o&apos;r dewisiadau hynny.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>Mae %1 yn bodoli eisoes.
Ydych chi am ei throsysgrifo?</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Ffeil leol</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Mae gwrthdaro yn y gosodiadau argraffu dwyochrog. Ydych chi am eu cywiro?</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Argraffu i Ffeil (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Argraffu i Ffeil ...</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Diffiniad Tudalennau Annilys</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>Nid yw %1 yn dilyn y gystrawen gywir. Defnyddiwch &apos;,&apos; i wahanu ystodau a thudalennau, &apos;-&apos; i ddiffinio ystodau, a gwnewch yn siŵr nad yw&apos;r ystodau&apos;n gorgyffwrdd â&apos;i gilydd.</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Ni all y gwerth &apos;O&apos; fod yn fwy na&apos;r gwerth &apos;I&apos;.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Gwrthdaro yn y Gosodiadau Dwyochrog</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>Cyfeiriadur yw %1.
Dewiswch enw ffeil gwahanol.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Does dim modd ysgrifennu i&apos;r ffeil %1.
Dewiswch enw ffeil gwahanol.</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Rhagolwg Argraffu</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ffitio&apos;r dudalen</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ffitio&apos;r lled</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Chwyddo i mewn</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Chwyddo allan</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Tirlun</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portread</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Gosod Tudalen</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Gosod tudalen</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Dangos trosolwg o bob tudalen</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Tudalen gyntaf</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Tudalen olaf</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Tudalen flaenorol</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Tudalen nesaf</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Dangos un dudalen</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Dangos tudalennau cyferbyn</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Allforio i PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Priodweddau Argraffydd</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Dewisiadau Tasg</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Gwrthdaro yn y Gosodiad Tudalen</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Gwrthdaro rhwng Dewisiadau Uwch</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Mae gwrthdaro yn y dewisiadau gosod tudalen. Ydych chi am eu cywiro?</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Mae gwrthdaro rhwng rhai dewisiadau uwch. Ydych chi am eu cywiro?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Uwch</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Mae gwrthdaro rhwng rhai dewisiadau. Cywirwch nhw.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copïau</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copïau:</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Ystod argraffu</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Argraffu&apos;r cyfan</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Tudalennau o</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Tudalen Gyfredol</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Detholiad</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Set tudalennau:</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Nodwch dudalennau neu ystodau wedi&apos;u gwahanu gan atalnodau. Caiff ystod ei nodi gan ddau rif wedi&apos;u gwahanu gan gysylltnod. E.e.: mae 3,5-7,9 yn argraffu tudalennau 3, 5, 6, 7 a 9.</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Gosodiadau Allbwn</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Coladu</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Gwrthdroi</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Modd Lliw</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Lliw</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Graddlwyd</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Argraffu Dwyochrog</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Diffodd</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Rhwymo ar yr ochr hir</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Rhwymo ar yr ochr fer</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Argraffydd</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;riodweddau</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lleoliad:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Math:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Ffeil allbwn:</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Sgrolio yma</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Ymyl chwith</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Brig</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Ymyl dde</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Gwaelod</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Tudalen i&apos;r chwith</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Tudalen i fyny</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Tudalen i&apos;r dde</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Tudalen i lawr</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Sgrolio i&apos;r chwith</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Sgrolio i fyny</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Sgrolio i&apos;r dde</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Sgrolio i lawr</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add Favorite</source>
        <translation>Ychwanegu Ffefryn</translation>
    </message>
    <message>
        <source>Adjust Brightness</source>
        <translation>Addasu Disgleirdeb</translation>
    </message>
    <message>
        <source>Adjust contrast</source>
        <translation>Addasu cyferbyniad</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Application Left</source>
        <translation>Rhaglen Chwith</translation>
    </message>
    <message>
        <source>Application Right</source>
        <translation>Rhaglen Dde</translation>
    </message>
    <message>
        <source>Audio Cycle Track</source>
        <translation>Cylchu Trac Sain</translation>
    </message>
    <message>
        <source>Audio Random Play</source>
        <translation>Chwarae Sain ar Hap</translation>
    </message>
    <message>
        <source>Audio Repeat</source>
        <translation>Ailadrodd Sain</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>I Ffwrdd</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn Ôl</translation>
    </message>
    <message>
        <source>Back Forward</source>
        <translation>Cefn i&apos;r Blaen</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Backtab</source>
        <translation>Backtab</translation>
    </message>
    <message>
        <source>Bass Boost</source>
        <translation>Hybu Bas</translation>
    </message>
    <message>
        <source>Bass Down</source>
        <translation>Bas i Lawr</translation>
    </message>
    <message>
        <source>Bass Up</source>
        <translation>Bas i Fyny</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batri</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Glas</translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Llyfr</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Porwr</translation>
    </message>
    <message>
        <source>CD</source>
        <translation>CD</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Cyfrifiannell</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendr</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Galw</translation>
    </message>
    <message>
        <source>Camera Focus</source>
        <translation>Ffocws Camera</translation>
    </message>
    <message>
        <source>Camera Shutter</source>
        <translation>Caead Camera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Caps Lock</source>
        <translation>Caps Lock</translation>
    </message>
    <message>
        <source>CapsLock</source>
        <translation>CapsLock</translation>
    </message>
    <message>
        <source>Channel Down</source>
        <translation>Sianel i Lawr</translation>
    </message>
    <message>
        <source>Channel Up</source>
        <translation>Sianel i Fyny</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <source>Clear Grab</source>
        <translation>Clirio Gafael</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Code input</source>
        <translation>Mewnbwn cod</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Cymuned</translation>
    </message>
    <message>
        <source>Context1</source>
        <translation>Cyd-destun1</translation>
    </message>
    <message>
        <source>Context2</source>
        <translation>Cyd-destun2</translation>
    </message>
    <message>
        <source>Context3</source>
        <translation>Cyd-destun3</translation>
    </message>
    <message>
        <source>Context4</source>
        <translation>Cyd-destun4</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copïo</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Torri</translation>
    </message>
    <message>
        <source>DOS</source>
        <translation>DOS</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dogfennau</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>I Lawr</translation>
    </message>
    <message>
        <source>Eisu Shift</source>
        <translation>Eisu Shift</translation>
    </message>
    <message>
        <source>Eisu toggle</source>
        <translation>Eisu toggle</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>Alldaflu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Ffefrynnau</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Cyllid</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Canfod</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>Troi</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Gêm</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Mynd</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Canllaw</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>Hangul</translation>
    </message>
    <message>
        <source>Hangul Banja</source>
        <translation>Hangul Banja</translation>
    </message>
    <message>
        <source>Hangul End</source>
        <translation>Hangul End</translation>
    </message>
    <message>
        <source>Hangul Hanja</source>
        <translation>Hangul Hanja</translation>
    </message>
    <message>
        <source>Hangul Jamo</source>
        <translation>Hangul Jamo</translation>
    </message>
    <message>
        <source>Hangul Jeonja</source>
        <translation>Hangul Jeonja</translation>
    </message>
    <message>
        <source>Hangul PostHanja</source>
        <translation>Hangul PostHanja</translation>
    </message>
    <message>
        <source>Hangul PreHanja</source>
        <translation>Hangul PreHanja</translation>
    </message>
    <message>
        <source>Hangul Romaja</source>
        <translation>Hangul Romaja</translation>
    </message>
    <message>
        <source>Hangul Special</source>
        <translation>Hangul Special</translation>
    </message>
    <message>
        <source>Hangul Start</source>
        <translation>Hangul Start</translation>
    </message>
    <message>
        <source>Hangup</source>
        <translation>Rhoi&apos;r Ffôn i Lawr</translation>
    </message>
    <message>
        <source>Hankaku</source>
        <translation>Hankaku</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Henkan</source>
        <translation>Henkan</translation>
    </message>
    <message>
        <source>Hibernate</source>
        <translation>Gaeafgysgu</translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation>Hiragana</translation>
    </message>
    <message>
        <source>Hiragana Katakana</source>
        <translation>Hiragana Katakana</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Home Office</source>
        <translation>Swyddfa Gartref</translation>
    </message>
    <message>
        <source>Home Page</source>
        <translation>Hafan</translation>
    </message>
    <message>
        <source>Hot Links</source>
        <translation>Dolenni Poblogaidd</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Ins</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Kana Lock</source>
        <translation>Kana Lock</translation>
    </message>
    <message>
        <source>Kana Shift</source>
        <translation>Kana Shift</translation>
    </message>
    <message>
        <source>Kanji</source>
        <translation>Kanji</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>Katakana</translation>
    </message>
    <message>
        <source>Keyboard Brightness Down</source>
        <translation>Lleihau Disgleirdeb y Bysellfwrdd</translation>
    </message>
    <message>
        <source>Keyboard Brightness Up</source>
        <translation>Cynyddu Disgleirdeb y Bysellfwrdd</translation>
    </message>
    <message>
        <source>Keyboard Light On/Off</source>
        <translation>Golau&apos;r Bysellfwrdd Ymlaen/Diffodd</translation>
    </message>
    <message>
        <source>Keyboard Menu</source>
        <translation>Dewislen Bysellfwrdd</translation>
    </message>
    <message>
        <source>Last Number Redial</source>
        <translation>Ail-ddeialu&apos;r Rhif Olaf</translation>
    </message>
    <message>
        <source>Launch Mail</source>
        <translation>Lansio E-bost</translation>
    </message>
    <message>
        <source>Launch Media</source>
        <translation>Lansio Cyfryngau</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Chwith</translation>
    </message>
    <message>
        <source>LightBulb</source>
        <translation>Bwlb Golau</translation>
    </message>
    <message>
        <source>Logoff</source>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <source>Mail Forward</source>
        <translation>Anfon E-bost Ymlaen</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marchnad</translation>
    </message>
    <message>
        <source>Massyo</source>
        <translation>Massyo</translation>
    </message>
    <message>
        <source>Media Fast Forward</source>
        <translation>Cyfryngau Ymlaen yn Gyflym</translation>
    </message>
    <message>
        <source>Media Next</source>
        <translation>Cyfryngau Nesaf</translation>
    </message>
    <message>
        <source>Media Pause</source>
        <translation>Saib Cyfryngau</translation>
    </message>
    <message>
        <source>Media Play</source>
        <translation>Chwarae Cyfryngau</translation>
    </message>
    <message>
        <source>Media Previous</source>
        <translation>Cyfryngau Blaenorol</translation>
    </message>
    <message>
        <source>Media Record</source>
        <translation>Recordio Cyfryngau</translation>
    </message>
    <message>
        <source>Media Rewind</source>
        <translation>Cyfryngau yn Ôl</translation>
    </message>
    <message>
        <source>Media Stop</source>
        <translation>Stopio Cyfryngau</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Dewislen</translation>
    </message>
    <message>
        <source>Menu PB</source>
        <translation>Dewislen PB</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Negesydd</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Microphone Mute</source>
        <translation>Tewi&apos;r Meicroffon</translation>
    </message>
    <message>
        <source>Microphone Volume Down</source>
        <translation>Lleihau Sain y Meicroffon</translation>
    </message>
    <message>
        <source>Microphone Volume Up</source>
        <translation>Cynyddu Sain y Meicroffon</translation>
    </message>
    <message>
        <source>Monitor Brightness Down</source>
        <translation>Lleihau Disgleirdeb y Monitor</translation>
    </message>
    <message>
        <source>Monitor Brightness Up</source>
        <translation>Cynyddu Disgleirdeb y Monitor</translation>
    </message>
    <message>
        <source>Muhenkan</source>
        <translation>Muhenkan</translation>
    </message>
    <message>
        <source>Multiple Candidate</source>
        <translation>Ymgeiswyr Lluosog</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Cerddoriaeth</translation>
    </message>
    <message>
        <source>My Sites</source>
        <translation>Fy Ngwefannau</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Newyddion</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Num</source>
        <translation>Num</translation>
    </message>
    <message>
        <source>Num Lock</source>
        <translation>Num Lock</translation>
    </message>
    <message>
        <source>NumLock</source>
        <translation>NumLock</translation>
    </message>
    <message>
        <source>Number Lock</source>
        <translation>Number Lock</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>Agor URL</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Gludo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>PgDown</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Lluniau</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Chwarae</translation>
    </message>
    <message>
        <source>Power Down</source>
        <translation>Diffodd</translation>
    </message>
    <message>
        <source>Power Off</source>
        <translation>Diffodd y Pŵer</translation>
    </message>
    <message>
        <source>Previous Candidate</source>
        <translation>Ymgeisydd Blaenorol</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation>Print Screen</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Argraffydd</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Coch</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ail-wneud</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Ail-lwytho</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Romaji</source>
        <translation>Romaji</translation>
    </message>
    <message>
        <source>Rotate Windows</source>
        <translation>Cylchdroi Ffenestri</translation>
    </message>
    <message>
        <source>Rotation KB</source>
        <translation>Cylchdroi KB</translation>
    </message>
    <message>
        <source>Rotation PB</source>
        <translation>Cylchdroi PB</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Screensaver</source>
        <translation>Arbedwr Sgrin</translation>
    </message>
    <message>
        <source>Scroll Lock</source>
        <translation>Scroll Lock</translation>
    </message>
    <message>
        <source>ScrollLock</source>
        <translation>ScrollLock</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Dewis</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Anfon</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Siop</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Cysgu</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Bylchwr</translation>
    </message>
    <message>
        <source>Spellchecker</source>
        <translation>Gwirydd Sillafu</translation>
    </message>
    <message>
        <source>Split Screen</source>
        <translation>Hollti&apos;r Sgrin</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Taenlen</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Segur</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Is-deitl</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Cefnogaeth</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Atal Dros Dro</translation>
    </message>
    <message>
        <source>SysReq</source>
        <translation>SysReq</translation>
    </message>
    <message>
        <source>System Request</source>
        <translation>System Request</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Task Panel</source>
        <translation>Panel Tasgau</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terfynell</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>To-do list</source>
        <translation>Rhestr o bethau i&apos;w gwneud</translation>
    </message>
    <message>
        <source>Toggle Call/Hangup</source>
        <translation>Toglo Galw/Rhoi&apos;r Ffôn i Lawr</translation>
    </message>
    <message>
        <source>Toggle Media Play/Pause</source>
        <translation>Toglo Chwarae/Saib Cyfryngau</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Top Menu</source>
        <translation>Dewislen Uchaf</translation>
    </message>
    <message>
        <source>Touchpad Off</source>
        <translation>Diffodd y Pad Cyffwrdd</translation>
    </message>
    <message>
        <source>Touchpad On</source>
        <translation>Troi&apos;r Pad Cyffwrdd Ymlaen</translation>
    </message>
    <message>
        <source>Touchpad Toggle</source>
        <translation>Toglo&apos;r Pad Cyffwrdd</translation>
    </message>
    <message>
        <source>Touroku</source>
        <translation>Touroku</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Teithio</translation>
    </message>
    <message>
        <source>Treble Down</source>
        <translation>Trebl i Lawr</translation>
    </message>
    <message>
        <source>Treble Up</source>
        <translation>Trebl i Fyny</translation>
    </message>
    <message>
        <source>Ultra Wide Band</source>
        <translation>Band Uwch-eang</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>I Fyny</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Fideo</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Golwg</translation>
    </message>
    <message>
        <source>Voice Dial</source>
        <translation>Deialu Llais</translation>
    </message>
    <message>
        <source>Volume Down</source>
        <translation>Lleihau&apos;r Sain</translation>
    </message>
    <message>
        <source>Volume Mute</source>
        <translation>Tewi&apos;r Sain</translation>
    </message>
    <message>
        <source>Volume Up</source>
        <translation>Cynyddu&apos;r Sain</translation>
    </message>
    <message>
        <source>WWW</source>
        <translation>WWW</translation>
    </message>
    <message>
        <source>Wake Up</source>
        <translation>Deffro</translation>
    </message>
    <message>
        <source>WebCam</source>
        <translation>Gwe-gamera</translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation>Diwifr</translation>
    </message>
    <message>
        <source>Word Processor</source>
        <translation>Prosesydd Geiriau</translation>
    </message>
    <message>
        <source>XFer</source>
        <translation>XFer</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Melyn</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>Zenkaku</source>
        <translation>Zenkaku</translation>
    </message>
    <message>
        <source>Zenkaku Hankaku</source>
        <translation>Zenkaku Hankaku</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Chwyddo</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Chwyddo i Mewn</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Chwyddo Allan</translation>
    </message>
    <message>
        <source>iTouch</source>
        <translation>iTouch</translation>
    </message>
    <message>
        <source>Launch (0)</source>
        <translation>Lansio (0)</translation>
    </message>
    <message>
        <source>Launch (1)</source>
        <translation>Lansio (1)</translation>
    </message>
    <message>
        <source>Launch (2)</source>
        <translation>Lansio (2)</translation>
    </message>
    <message>
        <source>Launch (3)</source>
        <translation>Lansio (3)</translation>
    </message>
    <message>
        <source>Launch (4)</source>
        <translation>Lansio (4)</translation>
    </message>
    <message>
        <source>Launch (5)</source>
        <translation>Lansio (5)</translation>
    </message>
    <message>
        <source>Launch (6)</source>
        <translation>Lansio (6)</translation>
    </message>
    <message>
        <source>Launch (7)</source>
        <translation>Lansio (7)</translation>
    </message>
    <message>
        <source>Launch (8)</source>
        <translation>Lansio (8)</translation>
    </message>
    <message>
        <source>Launch (9)</source>
        <translation>Lansio (9)</translation>
    </message>
    <message>
        <source>Launch (A)</source>
        <translation>Lansio (A)</translation>
    </message>
    <message>
        <source>Launch (B)</source>
        <translation>Lansio (B)</translation>
    </message>
    <message>
        <source>Launch (C)</source>
        <translation>Lansio (C)</translation>
    </message>
    <message>
        <source>Launch (D)</source>
        <translation>Lansio (D)</translation>
    </message>
    <message>
        <source>Launch (E)</source>
        <translation>Lansio (E)</translation>
    </message>
    <message>
        <source>Launch (F)</source>
        <translation>Lansio (F)</translation>
    </message>
    <message>
        <source>Launch (G)</source>
        <translation>Lansio (G)</translation>
    </message>
    <message>
        <source>Launch (H)</source>
        <translation>Lansio (H)</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Sgrolio i&apos;r Chwith</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Sgrolio i&apos;r Dde</translation>
    </message>
</context>
<context>
    <name>QUndoGroup</name>
    <message>
        <source>Undo %1</source>
        <translation>Dadwneud %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Ail-wneud %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>Ail-wneud</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;gwag&gt;</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>Dadwneud %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Ail-wneud %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>Ail-wneud</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Mewnosod nod rheoli Unicode</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM Marc chwith-i-dde</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM Marc de-i-chwith</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ Uniwr lled sero</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ Anuniwr lled sero</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP Bwlch lled sero</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE Dechrau mewnblannu chwith-i-dde</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE Dechrau mewnblannu de-i-chwith</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO Dechrau gwrthwneud chwith-i-dde</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO Dechrau gwrthwneud de-i-chwith</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF Diwedd fformatio cyfeiriadol</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI Ynysu chwith-i-dde</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI Ynysu de-i-chwith</translation>
    </message>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI Ynysu cryf cyntaf</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI Diwedd ynysu cyfeiriadol</translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Beth yw Hwn?</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>*</source>
        <translation>*</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis Popeth</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo &amp;Lleoliad y Ddolen</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Go Back</source>
        <translation>Mynd yn Ôl</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn Ôl</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Cadarnhau</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi Gorffen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays version information.</source>
        <translation>Dangos gwybodaeth am y fersiwn.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Dangos cymorth ar ddewisiadau'r llinell orchymyn.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Dangos cymorth, gan gynnwys dewisiadau Qt.</translation>
    </message>
    <message>
        <source>Unknown option '%1'.</source>
        <translation>Dewis anhysbys '%1'.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Dewisiadau anhysbys: %1.</translation>
    </message>
    <message>
        <source>Missing value after '%1'.</source>
        <translation>Does dim gwerth ar ôl '%1'.</translation>
    </message>
    <message>
        <source>Unexpected value after '%1'.</source>
        <translation>Gwerth annisgwyl ar ôl '%1'.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[dewisiadau]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Defnydd: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Dewisiadau:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Ymresymiadau:</translation>
    </message>
</context>
</TS>
