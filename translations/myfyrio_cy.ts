<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>myfyrio::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is a version number.</extracomment>
        <translation>Fersiwn %1</translation>
    </message>
    <message>
        <source>A reflective-practice journal in Welsh and English: write about your practice, find what you wrote, and bring what matters to supervision.</source>
        <translation>Dyddlyfr ymarfer myfyriol yn Gymraeg ac yn Saesneg: ysgrifennwch am eich ymarfer, dewch o hyd i&apos;r hyn a ysgrifennoch, a dewch â&apos;r hyn sy&apos;n bwysig i oruchwyliaeth.</translation>
    </message>
    <message>
        <source>Your journal stays on this computer.</source>
        <translation>Mae&apos;ch dyddlyfr yn aros ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Journal file: %1</source>
        <extracomment>%1 is a file name or folder.</extracomment>
        <translation>Ffeil y dyddlyfr: %1</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public Licence, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Meddalwedd rydd dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>About Myfyrio</source>
        <translation>Ynghylch Myfyrio</translation>
    </message>
</context>
<context>
    <name>myfyrio::ActionRow</name>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>What will you do?</source>
        <translation>Beth fyddwch chi&apos;n ei wneud?</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Erbyn:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad erbyn</translation>
    </message>
    <message>
        <source>Delete this action</source>
        <translation>Dileu&apos;r cam gweithredu hwn</translation>
    </message>
    <message>
        <source>Ticked when the action is done.</source>
        <translation>Wedi’i dicio pan fydd y cam gweithredu wedi’i wneud.</translation>
    </message>
    <message>
        <source>What you will do next.</source>
        <translation>Beth fyddwch chi’n ei wneud nesaf.</translation>
    </message>
    <message>
        <source>Gives the action a date it is due by.</source>
        <translation>Yn rhoi dyddiad erbyn i’r cam gweithredu.</translation>
    </message>
    <message>
        <source>The day the action is due.</source>
        <translation>Y diwrnod y mae’r cam gweithredu’n ddyledus.</translation>
    </message>
    <message>
        <source>Removes this action from the reflection.</source>
        <translation>Yn tynnu’r cam gweithredu hwn o’r myfyrdod.</translation>
    </message>
</context>
<context>
    <name>myfyrio::ActionStore</name>
    <message>
        <source>An action needs some text saying what is to be done.</source>
        <translation>Mae angen testun ar gam gweithredu yn dweud beth sydd i&apos;w wneud.</translation>
    </message>
    <message>
        <source>The due date %1 is outside the years 1900 to 9999.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Mae&apos;r dyddiad erbyn %1 y tu allan i&apos;r blynyddoedd 1900 i 9999.</translation>
    </message>
    <message>
        <source>The action is no longer in the journal.</source>
        <translation>Nid yw&apos;r cam gweithredu yn y dyddlyfr mwyach.</translation>
    </message>
</context>
<context>
    <name>myfyrio::ActionsPanel</name>
    <message>
        <source>Actions: now what?</source>
        <translation>Camau gweithredu: beth nesaf?</translation>
    </message>
    <message>
        <source>Nothing to do yet. Add what you will do next, with a due date if it has one.</source>
        <translation>Dim byd i&apos;w wneud eto. Ychwanegwch beth fyddwch chi&apos;n ei wneud nesaf, gyda dyddiad erbyn os oes un.</translation>
    </message>
    <message>
        <source>Add act&amp;ion</source>
        <translation>Ychwan&amp;egu cam gweithredu</translation>
    </message>
    <message>
        <source>Adds a row for something you will do next.</source>
        <translation>Yn ychwanegu rhes ar gyfer rhywbeth y byddwch yn ei wneud nesaf.</translation>
    </message>
</context>
<context>
    <name>myfyrio::ActionsView</name>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Show &amp;done actions</source>
        <translation>&amp;Dangos camau sydd wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Myfyrdod</translation>
    </message>
    <message>
        <source>No open actions. Actions you add to a reflection under “Now what?” appear here.</source>
        <translation>Dim camau gweithredu agored. Mae&apos;r camau rydych chi&apos;n eu hychwanegu at fyfyrdod o dan “Beth nesaf?” yn ymddangos yma.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Due in the next 7 days</source>
        <translation>O fewn y 7 diwrnod nesaf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a title; %2 is a date.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Heb deitl</translation>
    </message>
    <message>
        <source>Double-click to open the reflection.</source>
        <translation>Cliciwch ddwywaith i agor y myfyrdod.</translation>
    </message>
    <message>
        <source>Overdue, due soon, open and done actions. Space ticks one done; Enter opens its reflection.</source>
        <translation>Camau gweithredu hwyr, rhai sy’n ddyledus yn fuan, rhai agored a rhai wedi’u gwneud. Mae Bylchwr yn nodi un wedi’i wneud; mae Enter yn agor ei fyfyrdod.</translation>
    </message>
    <message>
        <source>Also lists the actions you have done.</source>
        <translation>Yn rhestru’r camau gweithredu rydych chi wedi’u gwneud hefyd.</translation>
    </message>
</context>
<context>
    <name>myfyrio::Agreement</name>
    <message>
        <source>Signed</source>
        <translation>Wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
</context>
<context>
    <name>myfyrio::AgreementCheck</name>
    <message>
        <source>Its words are not stored as an agreement’s are.</source>
        <translation>Nid yw ei eiriau wedi’u cadw fel rhai cytundeb.</translation>
    </message>
    <message>
        <source>The agreement %1 was not imported, nor anything that belongs to it.</source>
        <extracomment>%1 is the agreement&apos;s id; a sentence saying why follows.</extracomment>
        <translation>Ni fewnforiwyd y cytundeb %1, na dim sy’n perthyn iddo.</translation>
    </message>
    <message>
        <source>It shares the version %1 with another agreement.</source>
        <extracomment>%1 is a version&apos;s id.</extracomment>
        <translation>Mae’n rhannu’r fersiwn %1 â chytundeb arall.</translation>
    </message>
    <message>
        <source>Version %1 cannot be imported: %2</source>
        <extracomment>%1 is the version&apos;s number; %2 a sentence saying what is wrong.</extracomment>
        <translation>Nid oes modd mewnforio fersiwn %1: %2</translation>
    </message>
    <message>
        <source>It has more than one version numbered %1.</source>
        <extracomment>%1 is the version&apos;s number.</extracomment>
        <translation>Mae ganddo fwy nag un fersiwn â’r rhif %1.</translation>
    </message>
    <message>
        <source>It has no versions.</source>
        <translation>Nid oes ganddo fersiynau.</translation>
    </message>
    <message>
        <source>Version %1 has more than one signature of one party.</source>
        <extracomment>%1 is the version&apos;s number.</extracomment>
        <translation>Mae gan fersiwn %1 fwy nag un llofnod gan yr un parti.</translation>
    </message>
    <message>
        <source>Version %1 does not follow from another version of the agreement.</source>
        <extracomment>%1 is the version&apos;s number.</extracomment>
        <translation>Nid yw fersiwn %1 yn dilyn o fersiwn arall o’r cytundeb.</translation>
    </message>
    <message>
        <source>Version %1 cannot be read: %2</source>
        <extracomment>%1 is the version&apos;s number; %2 says what is wrong.</extracomment>
        <translation>Nid oes modd darllen fersiwn %1: %2</translation>
    </message>
    <message>
        <source>Version %1 carries the signatures of both parties but no fingerprint, so the signatures were not made in Myfyrio.</source>
        <extracomment>%1 is the version&apos;s number.</extracomment>
        <translation>Mae llofnodion y ddau barti ar fersiwn %1 ond nid oes ôl bys, felly ni wnaed y llofnodion yn Myfyrio.</translation>
    </message>
    <message>
        <source>The signatures the backup adds to version %1 do not match its fingerprint.</source>
        <extracomment>%1 is a version number of the agreement.</extracomment>
        <translation>Nid yw’r llofnodion y mae’r copi wrth gefn yn eu hychwanegu at fersiwn %1 yn cyfateb i’w ôl bys.</translation>
    </message>
    <message>
        <source>Version %1 was signed, but its content no longer matches its fingerprint %2: it has been changed since it was signed.</source>
        <extracomment>%1 is the version&apos;s number, %2 its fingerprint (such as 7F3A-91C2-04BD-E5A8).</extracomment>
        <translation>Cafodd fersiwn %1 ei llofnodi, ond nid yw ei chynnwys yn cyfateb i’w hôl bys %2 mwyach: mae wedi’i newid ers ei llofnodi.</translation>
    </message>
    <message>
        <source>Version %1 has a fingerprint, but it has not been signed by both parties.</source>
        <extracomment>%1 is the version&apos;s number.</extracomment>
        <translation>Mae gan fersiwn %1 ôl bys, ond nid yw’r ddau barti wedi’i llofnodi.</translation>
    </message>
    <message>
        <source>Its versions do not start from one first version.</source>
        <translation>Nid yw ei fersiynau’n dechrau o un fersiwn gyntaf.</translation>
    </message>
</context>
<context>
    <name>myfyrio::AgreementContent</name>
    <message>
        <source>The agreement&apos;s content is not readable: %1 is missing or wrong.</source>
        <extracomment>%1 names a part of the agreement (a key in the file).</extracomment>
        <translation>Nid oes modd darllen cynnwys y cytundeb: mae %1 ar goll neu&apos;n anghywir.</translation>
    </message>
    <message>
        <source>The agreement needs the supervisor&apos;s name.</source>
        <translation>Mae angen enw&apos;r goruchwyliwr ar y cytundeb.</translation>
    </message>
    <message>
        <source>The agreement needs the supervisee&apos;s name.</source>
        <translation>Mae angen enw&apos;r goruchwylai ar y cytundeb.</translation>
    </message>
    <message>
        <source>The review date cannot come before the start date.</source>
        <translation>Ni all y dyddiad adolygu ddod cyn y dyddiad cychwyn.</translation>
    </message>
    <message>
        <source>Sessions can be agreed every 1 to 52 weeks.</source>
        <translation>Gellir cytuno ar sesiynau bob 1 i 52 wythnos.</translation>
    </message>
    <message>
        <source>A session can be agreed to last up to 480 minutes.</source>
        <translation>Gellir cytuno i sesiwn bara hyd at 480 munud.</translation>
    </message>
    <message>
        <source>“%1” is not a session format Myfyrio knows.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn fformat sesiwn y mae Myfyrio yn ei adnabod.</translation>
    </message>
    <message>
        <source>“%1” is not one of the four functions of supervision.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn un o bedair swyddogaeth goruchwyliaeth.</translation>
    </message>
</context>
<context>
    <name>myfyrio::AgreementEditor</name>
    <message>
        <source>%1. %2</source>
        <extracomment>A section heading in the agreement: &quot;3. Context&quot;.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Supervisor&apos;s full name:</source>
        <translation>Enw llawn y goruchwyliwr:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s role:</source>
        <translation>Rôl y goruchwyliwr:</translation>
    </message>
    <message>
        <source>Supervisee&apos;s full name:</source>
        <translation>Enw llawn y goruchwylai:</translation>
    </message>
    <message>
        <source>Supervisee&apos;s role:</source>
        <translation>Rôl y goruchwylai:</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Dyddiad cychwyn:</translation>
    </message>
    <message>
        <source>Review date:</source>
        <translation>Dyddiad adolygu:</translation>
    </message>
    <message>
        <source>Functions:</source>
        <translation>Swyddogaethau:</translation>
    </message>
    <message>
        <source>Every (weeks):</source>
        <translation>Bob (wythnosau):</translation>
    </message>
    <message>
        <source>Length (minutes):</source>
        <translation>Hyd (munudau):</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Fformat:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Heb gytuno eto</translation>
    </message>
    <message>
        <source>Line manager, and who covers when the supervisor is away</source>
        <translation>Y rheolwr llinell, a phwy sy&apos;n cyflenwi pan fydd y goruchwyliwr i ffwrdd</translation>
    </message>
    <message>
        <source>Choose an agreement, or start a new one.</source>
        <translation>Dewiswch gytundeb, neu dechreuwch un newydd.</translation>
    </message>
    <message>
        <source>This agreement has ended; it can be read but not changed.</source>
        <translation>Mae&apos;r cytundeb hwn wedi dod i ben; gellir ei ddarllen ond nid ei newid.</translation>
    </message>
    <message>
        <source>Version %1 is signed and frozen. Saving your changes starts version %2 as a draft.</source>
        <extracomment>%1 is a version number; %2 is a version number.</extracomment>
        <translation>Mae fersiwn %1 wedi&apos;i llofnodi a&apos;i rhewi. Bydd cadw eich newidiadau yn dechrau fersiwn %2 fel drafft.</translation>
    </message>
    <message>
        <source>Version %1 is signed by both parties. Fingerprint: %2</source>
        <extracomment>%1 is a version number; %2 is a fingerprint (groups of letters and digits).</extracomment>
        <translation>Mae&apos;r ddau barti wedi llofnodi fersiwn %1. Ôl bys: %2</translation>
    </message>
    <message>
        <source>Saving will withdraw the signature already given: changed words need signing again.</source>
        <translation>Bydd cadw yn tynnu&apos;r llofnod a roddwyd yn ôl: rhaid llofnodi geiriau newydd eto.</translation>
    </message>
    <message>
        <source>Version %1 is a draft, signed by one party so far.</source>
        <extracomment>%1 is a version number.</extracomment>
        <translation>Drafft yw fersiwn %1, wedi&apos;i llofnodi gan un parti hyd yma.</translation>
    </message>
    <message>
        <source>Version %1 is a draft with unsaved changes.</source>
        <extracomment>%1 is a version number.</extracomment>
        <translation>Drafft yw fersiwn %1, gyda newidiadau heb eu cadw.</translation>
    </message>
    <message>
        <source>Version %1 is a draft. When both of you agree, review it together and sign.</source>
        <extracomment>%1 is a version number.</extracomment>
        <translation>Drafft yw fersiwn %1. Pan fyddwch eich dau yn cytuno, adolygwch hi gyda&apos;ch gilydd a&apos;i llofnodi.</translation>
    </message>
    <message>
        <source>Sections of the agreement</source>
        <translation>Adrannau’r cytundeb</translation>
    </message>
    <message>
        <source>The thirteen sections; the arrow keys scroll.</source>
        <translation>Y tair adran ar ddeg; mae’r bysellau saeth yn sgrolio.</translation>
    </message>
</context>
<context>
    <name>myfyrio::AgreementExchange</name>
    <message numerus="yes">
        <source>The agreement was added to this journal with %n version(s).</source>
        <extracomment>%n is a number of versions.</extracomment>
        <translation>
            <numerusform>Ychwanegwyd y cytundeb at y dyddlyfr hwn gyda %n fersiwn.</numerusform>
            <numerusform>Ychwanegwyd y cytundeb at y dyddlyfr hwn gyda %n fersiwn.</numerusform>
            <numerusform>Ychwanegwyd y cytundeb at y dyddlyfr hwn gyda %n fersiwn.</numerusform>
            <numerusform>Ychwanegwyd y cytundeb at y dyddlyfr hwn gyda %n fersiwn.</numerusform>
            <numerusform>Ychwanegwyd y cytundeb at y dyddlyfr hwn gyda %n fersiwn.</numerusform>
        </translation>
    </message>
    <message>
        <source>This journal already has the same agreement. Nothing was changed.</source>
        <translation>Mae&apos;r un cytundeb yn y dyddlyfr hwn yn barod. Ni newidiwyd dim.</translation>
    </message>
    <message numerus="yes">
        <source>The file was newer: %n version(s) or signature(s) were added. Nothing was overwritten.</source>
        <extracomment>%n is a number of versions and signatures.</extracomment>
        <translation>
            <numerusform>Roedd y ffeil yn fwy newydd: ychwanegwyd fersiynau neu lofnodion (%n). Ni throsysgrifwyd dim.</numerusform>
            <numerusform>Roedd y ffeil yn fwy newydd: ychwanegwyd fersiynau neu lofnodion (%n). Ni throsysgrifwyd dim.</numerusform>
            <numerusform>Roedd y ffeil yn fwy newydd: ychwanegwyd fersiynau neu lofnodion (%n). Ni throsysgrifwyd dim.</numerusform>
            <numerusform>Roedd y ffeil yn fwy newydd: ychwanegwyd fersiynau neu lofnodion (%n). Ni throsysgrifwyd dim.</numerusform>
            <numerusform>Roedd y ffeil yn fwy newydd: ychwanegwyd fersiynau neu lofnodion (%n). Ni throsysgrifwyd dim.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is older than the agreement in this journal. Nothing was changed.</source>
        <translation>Mae&apos;r ffeil yn hŷn na&apos;r cytundeb yn y dyddlyfr hwn. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Both copies have changed since they were last exchanged. The other copy has been kept beside this one as a new draft for the two of you to settle; nothing was overwritten.</source>
        <translation>Mae&apos;r ddau gopi wedi newid ers eu cyfnewid ddiwethaf. Cadwyd y copi arall wrth ochr hwn fel drafft newydd i chi&apos;ch dau ei setlo; ni throsysgrifwyd dim.</translation>
    </message>
    <message>
        <source>There is no agreement with the id “%1”.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid oes cytundeb â&apos;r dynodydd “%1”.</translation>
    </message>
    <message>
        <source>Both copies have changed, and the other copy is already kept beside this one for the two of you to settle. Nothing was changed.</source>
        <translation>Mae&apos;r ddau gopi wedi newid, ac mae&apos;r copi arall eisoes wedi&apos;i gadw wrth ochr hwn i chi&apos;ch dau ei setlo. Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>myfyrio::AgreementFile</name>
    <message>
        <source>This is not a Myfyrio agreement file: it is not valid JSON.</source>
        <translation>Nid ffeil cytundeb Myfyrio yw hon: nid yw&apos;n JSON dilys.</translation>
    </message>
    <message>
        <source>This is not a Myfyrio agreement file.</source>
        <translation>Nid ffeil cytundeb Myfyrio yw hon.</translation>
    </message>
    <message>
        <source>The agreement file is damaged: its format version is missing.</source>
        <translation>Mae&apos;r ffeil cytundeb wedi&apos;i difrodi: mae fersiwn ei fformat ar goll.</translation>
    </message>
    <message>
        <source>The agreement file was made by a newer Myfyrio. Update Myfyrio to open it.</source>
        <translation>Gwnaed y ffeil cytundeb gan Myfyrio mwy newydd. Diweddarwch Myfyrio i&apos;w hagor.</translation>
    </message>
    <message>
        <source>The agreement file is damaged (%1). Nothing was imported.</source>
        <extracomment>%1 says what is wrong with the file.</extracomment>
        <translation>Mae&apos;r ffeil cytundeb wedi&apos;i difrodi (%1). Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Version %1 in the agreement file was signed, but its content no longer matches its fingerprint %2: the file has been changed since it was signed. Nothing was imported.</source>
        <extracomment>%1 is a version number.</extracomment>
        <translation>Cafodd fersiwn %1 yn y ffeil cytundeb ei llofnodi, ond nid yw ei chynnwys yn cyfateb i&apos;w hôl bys %2 mwyach: mae&apos;r ffeil wedi&apos;i newid ers ei llofnodi. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>There is no file at “%1”.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Nid oes ffeil yn “%1”.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <extracomment>%1 is a file path; %2 is a sentence saying what went wrong.</extracomment>
        <translation>Nid oedd modd darllen “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be an agreement file.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Mae “%1” yn rhy fawr i fod yn ffeil cytundeb.</translation>
    </message>
</context>
<context>
    <name>myfyrio::AgreementStore</name>
    <message>
        <source>The journal&apos;s owner must be the supervisor or the supervisee.</source>
        <translation>Rhaid i berchennog y dyddlyfr fod y goruchwyliwr neu&apos;r goruchwylai.</translation>
    </message>
    <message>
        <source>There is no agreement with the id “%1”.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid oes cytundeb â&apos;r dynodydd “%1”.</translation>
    </message>
    <message>
        <source>More than one agreement has an id starting “%1”; give more of it.</source>
        <extracomment>%1 is the start of an id, as the person typed it.</extracomment>
        <translation>Mae dynodydd mwy nag un cytundeb yn dechrau â “%1”; rhowch ragor ohono.</translation>
    </message>
    <message>
        <source>This agreement has ended and can no longer be changed.</source>
        <translation>Mae&apos;r cytundeb hwn wedi dod i ben ac ni ellir ei newid mwyach.</translation>
    </message>
    <message>
        <source>Sign as the supervisor or as the supervisee.</source>
        <translation>Llofnodwch fel y goruchwyliwr neu fel y goruchwylai.</translation>
    </message>
    <message>
        <source>Type your full name to sign.</source>
        <translation>Teipiwch eich enw llawn i lofnodi.</translation>
    </message>
    <message>
        <source>A signature needs a date.</source>
        <translation>Mae angen dyddiad ar lofnod.</translation>
    </message>
    <message>
        <source>This agreement has ended and can no longer be signed.</source>
        <translation>Mae&apos;r cytundeb hwn wedi dod i ben ac ni ellir ei lofnodi mwyach.</translation>
    </message>
    <message>
        <source>The newest version is already signed by both parties. Change the agreement to start a new draft.</source>
        <translation>Mae&apos;r ddau barti eisoes wedi llofnodi&apos;r fersiwn ddiweddaraf. Newidiwch y cytundeb i ddechrau drafft newydd.</translation>
    </message>
    <message>
        <source>The name typed does not match the supervisor&apos;s name in the agreement (“%1”).</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw&apos;r enw a deipiwyd yn cyfateb i enw&apos;r goruchwyliwr yn y cytundeb (“%1”).</translation>
    </message>
    <message>
        <source>The name typed does not match the supervisee&apos;s name in the agreement (“%1”).</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw&apos;r enw a deipiwyd yn cyfateb i enw&apos;r goruchwylai yn y cytundeb (“%1”).</translation>
    </message>
    <message>
        <source>The supervisor has already signed this version.</source>
        <translation>Mae&apos;r goruchwyliwr eisoes wedi llofnodi&apos;r fersiwn hon.</translation>
    </message>
    <message>
        <source>The supervisee has already signed this version.</source>
        <translation>Mae&apos;r goruchwylai eisoes wedi llofnodi&apos;r fersiwn hon.</translation>
    </message>
    <message>
        <source>Give the date the agreement ended.</source>
        <translation>Rhowch y dyddiad y daeth y cytundeb i ben.</translation>
    </message>
</context>
<context>
    <name>myfyrio::AgreementsView</name>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Newydd…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Mewnforio…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Allforio…</translation>
    </message>
    <message>
        <source>Review together and sign…</source>
        <translation>Adolygu gyda&apos;ch gilydd a llofnodi…</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Cytundeb</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Trosolwg</translation>
    </message>
    <message>
        <source>Signed; new draft open</source>
        <translation>Wedi&apos;i lofnodi; drafft newydd ar agor</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>%1 (hwyr)</translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>%1 (yn fuan)</translation>
    </message>
    <message>
        <source>Agreement not created</source>
        <translation>Ni chrëwyd y cytundeb</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Cytundeb wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>Both of you have signed. The fingerprint of this version is %1. Compare it with the other copy: the same fingerprint means the same words.</source>
        <extracomment>%1 is a fingerprint (groups of letters and digits).</extracomment>
        <translation>Rydych eich dau wedi llofnodi. Ôl bys y fersiwn hon yw %1. Cymharwch ef â&apos;r copi arall: mae&apos;r un ôl bys yn golygu&apos;r un geiriau.</translation>
    </message>
    <message>
        <source>Export agreement</source>
        <translation>Allforio&apos;r cytundeb</translation>
    </message>
    <message>
        <source>Myfyrio agreements (*.%1)</source>
        <extracomment>%1 is a file name or folder.</extracomment>
        <translation>Cytundebau Myfyrio (*.%1)</translation>
    </message>
    <message>
        <source>Agreement not exported</source>
        <translation>Ni allforiwyd y cytundeb</translation>
    </message>
    <message>
        <source>Agreement exported</source>
        <translation>Allforiwyd y cytundeb</translation>
    </message>
    <message>
        <source>The agreement and all its versions were written to “%1”. Give this file to the other party to import into their journal.</source>
        <extracomment>%1 is a file name or folder.</extracomment>
        <translation>Ysgrifennwyd y cytundeb a&apos;i holl fersiynau i “%1”. Rhowch y ffeil hon i&apos;r parti arall i&apos;w mewnforio i&apos;w dyddlyfr.</translation>
    </message>
    <message>
        <source>Import agreement</source>
        <translation>Mewnforio cytundeb</translation>
    </message>
    <message>
        <source>Agreement not imported</source>
        <translation>Ni fewnforiwyd y cytundeb</translation>
    </message>
    <message>
        <source>“%1” was not imported, and nothing in your journal was changed. %2</source>
        <extracomment>%1 is a file name or folder; %2 is a sentence saying what went wrong.</extracomment>
        <translation>Ni fewnforiwyd “%1”, ac ni newidiwyd dim yn eich dyddlyfr. %2</translation>
    </message>
    <message>
        <source>Sections that differ: %1</source>
        <extracomment>%1 is a title.</extracomment>
        <translation>Adrannau sy&apos;n wahanol: %1</translation>
    </message>
    <message>
        <source>Agreement imported</source>
        <translation>Mewnforiwyd y cytundeb</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Goruchwyliaeth</translation>
    </message>
    <message>
        <source>End agreement…</source>
        <translation>Dod â&apos;r cytundeb i ben…</translation>
    </message>
    <message>
        <source>End agreement</source>
        <translation>Dod â&apos;r cytundeb i ben</translation>
    </message>
    <message>
        <source>End this agreement today, %1? It stays in your journal to read and export, but it can no longer be changed or signed.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Dod â&apos;r cytundeb hwn i ben heddiw, %1? Bydd yn aros yn eich dyddlyfr i&apos;w ddarllen a&apos;i allforio, ond ni ellir ei newid na&apos;i lofnodi mwyach.</translation>
    </message>
    <message>
        <source>Agreement not ended</source>
        <translation>Ni ddaeth y cytundeb i ben</translation>
    </message>
    <message>
        <source>You have no supervision agreements yet. Choose New… to write one with your supervisor or supervisee, or Import… to open one the other person sent you.</source>
        <translation>Nid oes gennych gytundebau goruchwylio eto. Dewiswch Newydd… i ysgrifennu un gyda&apos;ch goruchwyliwr neu&apos;ch goruchwylai, neu Mewnforio… i agor un a anfonodd y person arall atoch chi.</translation>
    </message>
    <message>
        <source>Supervision agreements</source>
        <translation>Cytundebau goruchwylio</translation>
    </message>
    <message>
        <source>Each agreement with its status and review date. Choose one to open it.</source>
        <translation>Pob cytundeb gyda’i statws a’i ddyddiad adolygu. Dewiswch un i’w agor.</translation>
    </message>
    <message>
        <source>Parts of the agreement</source>
        <translation>Rhannau’r cytundeb</translation>
    </message>
    <message>
        <source>The agreement, its history, its sessions and an overview.</source>
        <translation>Y cytundeb, ei hanes, ei sesiynau a throsolwg.</translation>
    </message>
    <message>
        <source>The agreement&apos;s thirteen sections, to read and edit.</source>
        <translation>Tair adran ar ddeg y cytundeb, i’w darllen a’u golygu.</translation>
    </message>
    <message>
        <source>Every version of the agreement, and the changes between two of them.</source>
        <translation>Pob fersiwn o’r cytundeb, a’r newidiadau rhwng dwy ohonyn nhw.</translation>
    </message>
    <message>
        <source>The records of your supervision sessions.</source>
        <translation>Cofnodion eich sesiynau goruchwylio.</translation>
    </message>
    <message>
        <source>Sessions held against the agreed frequency, month by month.</source>
        <translation>Y sesiynau a gynhaliwyd o’u cymharu â’r amledd a gytunwyd, fis wrth fis.</translation>
    </message>
    <message>
        <source>Starts a new agreement between a supervisor and a supervisee.</source>
        <translation>Yn dechrau cytundeb newydd rhwng goruchwyliwr a goruchwylai.</translation>
    </message>
    <message>
        <source>Opens an agreement file the other person exported.</source>
        <translation>Yn agor ffeil cytundeb a allforiwyd gan y person arall.</translation>
    </message>
    <message>
        <source>Writes this agreement, with all its versions, to a file for the other person.</source>
        <translation>Yn ysgrifennu’r cytundeb hwn, gyda’i holl fersiynau, i ffeil ar gyfer y person arall.</translation>
    </message>
    <message>
        <source>Goes through the sections together, then both of you sign.</source>
        <translation>Yn mynd drwy’r adrannau gyda’ch gilydd, yna mae’r ddau ohonoch yn llofnodi.</translation>
    </message>
    <message>
        <source>Records that this agreement has ended.</source>
        <translation>Yn cofnodi bod y cytundeb hwn wedi dod i ben.</translation>
    </message>
    <message>
        <source>Supervision agreement</source>
        <extracomment>The start of a suggested file name, before the names of the two parties.</extracomment>
        <translation>Cytundeb goruchwylio</translation>
    </message>
    <message>
        <source>Parties</source>
        <extracomment>The heading of the column that names the supervisor and the supervisee of each agreement.</extracomment>
        <translation>Partïon</translation>
    </message>
    <message>
        <source>Agreement not saved</source>
        <translation>Ni chadwyd y cytundeb</translation>
    </message>
    <message>
        <source>The draft could not be saved, so it stays open; your changes are still here. %1</source>
        <extracomment>%1 is the reason, a whole sentence.</extracomment>
        <translation>Nid oedd modd cadw&apos;r drafft, felly mae&apos;n aros ar agor; mae eich newidiadau yma o hyd. %1</translation>
    </message>
</context>
<context>
    <name>myfyrio::AppearanceBox</name>
    <message>
        <source>Appearance</source>
        <translation>Ymddangosiad</translation>
    </message>
    <message>
        <source>&amp;System: follow the desktop&apos;s colours</source>
        <translation>&amp;System: dilyn lliwiau’r bwrdd gwaith</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Golau</translation>
    </message>
    <message>
        <source>Dar&amp;k</source>
        <translation>&amp;Tywyll</translation>
    </message>
    <message>
        <source>The colours change at once.</source>
        <translation>Mae’r lliwiau’n newid ar unwaith.</translation>
    </message>
    <message>
        <source>The colours of Myfyrio&apos;s windows.</source>
        <translation>Lliwiau ffenestri Myfyrio.</translation>
    </message>
</context>
<context>
    <name>myfyrio::AttachmentCopies</name>
    <message>
        <source>The folder “%1” for opening attachments could not be made safe for your files alone.</source>
        <extracomment>%1 is a folder.</extracomment>
        <translation>Nid oedd modd gwneud y ffolder “%1” ar gyfer agor atodiadau yn ddiogel i&apos;ch ffeiliau chi yn unig.</translation>
    </message>
    <message>
        <source>“%1” is a link Myfyrio did not make, so it was left alone.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Mae “%1” yn ddolen na wnaeth Myfyrio, felly cafodd ei gadael fel yr oedd.</translation>
    </message>
</context>
<context>
    <name>myfyrio::AttachmentStore</name>
    <message>
        <source>“%1” is %2; an attachment can be at most 25 MB.</source>
        <extracomment>%1 is a file name; %2 is its size, e.g. 30.2 MB.</extracomment>
        <translation>Maint “%1” yw %2; gall atodiad fod yn 25 MB ar y mwyaf.</translation>
    </message>
    <message>
        <source>There is no reflection with the id “%1” to attach the file to.</source>
        <extracomment>%1 is a reflection id.</extracomment>
        <translation>Does dim myfyrdod â&apos;r dynodydd “%1” i atodi&apos;r ffeil ato.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Nid yw “%1” yn bodoli.</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be attached.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Nid yw “%1” yn ffeil y gellir ei hatodi.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <extracomment>%1 is a file name; %2 is the system&apos;s reason.</extracomment>
        <translation>Nid oedd modd darllen “%1”: %2</translation>
    </message>
    <message>
        <source>The attachment is no longer in the journal.</source>
        <translation>Nid yw&apos;r atodiad yn y dyddlyfr mwyach.</translation>
    </message>
</context>
<context>
    <name>myfyrio::AttachmentsPanel</name>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>No files yet. Add certificates, photos or documents (up to 25 MB each); they are kept inside your journal and its backups.</source>
        <translation>Dim ffeiliau eto. Ychwanegwch dystysgrifau, lluniau neu ddogfennau (hyd at 25 MB yr un); cânt eu cadw y tu mewn i&apos;ch dyddlyfr a&apos;i gopïau wrth gefn.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Ffeiliau atodedig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a file name, %2 its size (&quot;2.5 MB&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No application on this computer opens “%1”. Save a copy and open it from there.</source>
        <extracomment>%1 is the name of an attached file.</extracomment>
        <translation>Does dim rhaglen ar y cyfrifiadur hwn sy&apos;n agor “%1”. Cadwch gopi a&apos;i agor o&apos;r fan honno.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Cadw Copi</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation>Tynnu Ffeil</translation>
    </message>
    <message>
        <source>Remove “%1” from the journal?</source>
        <extracomment>%1 is the name of an attached file.</extracomment>
        <translation>Tynnu “%1” o&apos;r dyddlyfr?</translation>
    </message>
    <message>
        <source>It is kept in backups made before now, but not in the journal.</source>
        <translation>Bydd yn aros yn y copïau wrth gefn a wnaed cyn hyn, ond nid yn y dyddlyfr.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Ychwanegu Ffeiliau…</translation>
    </message>
    <message>
        <source>Add certificates, photos or documents (Insert in the list).</source>
        <translation>Ychwanegu tystysgrifau, lluniau neu ddogfennau (Insert yn y rhestr).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Cadw Copi…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Tynnu…</translation>
    </message>
    <message>
        <source>Open the file with the application your desktop uses for it (Enter in the list).</source>
        <translation>Agor y ffeil gyda&apos;r rhaglen y mae eich bwrdd gwaith yn ei defnyddio ar ei chyfer (Enter yn y rhestr).</translation>
    </message>
    <message>
        <source>Remove the file from the journal (Delete in the list).</source>
        <translation>Tynnu&apos;r ffeil o&apos;r dyddlyfr (Delete yn y rhestr).</translation>
    </message>
    <message>
        <source>Add a File</source>
        <translation>Ychwanegu Ffeil</translation>
    </message>
</context>
<context>
    <name>myfyrio::Autosaver</name>
    <message>
        <source>Untitled reflection</source>
        <translation>Myfyrdod heb deitl</translation>
    </message>
    <message>
        <source>“%1” was deleted somewhere else (in another window or from the command line) while you were writing. Your version is kept as a new reflection, “%2”, open here.</source>
        <extracomment>%1 is the title of the reflection, %2 the title of the copy kept.</extracomment>
        <translation>Cafodd “%1” ei ddileu yn rhywle arall (mewn ffenestr arall neu o&apos;r llinell orchymyn) tra oeddech chi&apos;n ysgrifennu. Mae eich fersiwn chi wedi&apos;i chadw fel myfyrdod newydd, “%2”, sydd ar agor yma.</translation>
    </message>
    <message>
        <source>“%1” was changed somewhere else (in another window or from the command line) while you were writing, in the same part. Nothing was overwritten: your version is kept as a new reflection, “%2”, open here, and the other version is in the list under its own title.</source>
        <extracomment>%1 is the title of the reflection, %2 the title of the copy kept.</extracomment>
        <translation>Cafodd “%1” ei newid yn rhywle arall (mewn ffenestr arall neu o&apos;r llinell orchymyn) tra oeddech chi&apos;n ysgrifennu, yn yr un rhan. Ni chafodd dim ei drosysgrifo: mae eich fersiwn chi wedi&apos;i chadw fel myfyrdod newydd, “%2”, sydd ar agor yma, ac mae&apos;r fersiwn arall yn y rhestr dan ei theitl ei hun.</translation>
    </message>
    <message>
        <source>Your copy of an untitled reflection</source>
        <extracomment>The title of a copy kept when a save of an untitled reflection clashed with a change made elsewhere.</extracomment>
        <translation>Eich copi chi o fyfyrdod heb deitl</translation>
    </message>
    <message>
        <source>%1 (your copy)</source>
        <extracomment>The title of a copy kept when a save clashed with a change made elsewhere. %1 is the reflection&apos;s title.</extracomment>
        <translation>%1 (eich copi chi)</translation>
    </message>
</context>
<context>
    <name>myfyrio::BackupActions</name>
    <message>
        <source>Make a backup of the journal now, beside it in the backups folder.</source>
        <translation>Gwneud copi wrth gefn o’r dyddlyfr nawr, wrth ei ymyl yn y ffolder copïau wrth gefn.</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>Adf&amp;er o Gopi wrth Gefn…</translation>
    </message>
    <message>
        <source>Go back to one of the journal&apos;s backups.</source>
        <translation>Mynd yn ôl at un o gopïau wrth gefn y dyddlyfr.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Yn gwneud copi wrth gefn…</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Gwneud Copi wrth Gefn Nawr</translation>
    </message>
    <message>
        <source>Backup made at %1.</source>
        <extracomment>%1 is the time the backup was made.</extracomment>
        <translation>Copi wrth gefn wedi’i wneud: %1.</translation>
    </message>
    <message>
        <source>Back &amp;Up Now</source>
        <translation>Gwneud &amp;Copi wrth Gefn Nawr</translation>
    </message>
</context>
<context>
    <name>myfyrio::BackupCatalog</name>
    <message>
        <source>This file is not a Myfyrio journal or backup.</source>
        <translation>Nid yw’r ffeil hon yn ddyddlyfr Myfyrio nac yn gopi wrth gefn.</translation>
    </message>
    <message>
        <source>This file belongs to another program; it is not a Myfyrio backup.</source>
        <translation>Mae’r ffeil hon yn perthyn i raglen arall; nid yw’n gopi wrth gefn Myfyrio.</translation>
    </message>
    <message>
        <source>This backup could not be read.</source>
        <translation>Doedd dim modd darllen y copi wrth gefn hwn.</translation>
    </message>
    <message>
        <source>This backup is damaged: its check found problems, so it cannot be restored.</source>
        <translation>Mae’r copi wrth gefn hwn wedi’i ddifrodi: cafodd ei wiriad broblemau, felly does dim modd ei adfer.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Myfyrio. Update Myfyrio to restore it.</source>
        <translation>Gwnaed y copi wrth gefn hwn gan fersiwn mwy newydd o Myfyrio. Diweddarwch Myfyrio i’w adfer.</translation>
    </message>
    <message>
        <source>There is no backup called “%1”. Run “myfyrio backup list” to see the backups.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Does dim copi wrth gefn o’r enw “%1”. Rhedwch “myfyrio backup list” i weld y copïau wrth gefn.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Nid yw “%1” yn ffeil.</translation>
    </message>
</context>
<context>
    <name>myfyrio::BackupCheck</name>
    <message>
        <source>Record %1 of the table “%2” was not imported.</source>
        <extracomment>%1 is the record&apos;s number in its table, %2 the table&apos;s name.</extracomment>
        <translation>Ni fewnforiwyd cofnod %1 yn y tabl “%2”.</translation>
    </message>
    <message>
        <source>Record %1 of the table “%2” (%3) was not imported.</source>
        <extracomment>%1 is the record&apos;s number in its table, %2 the table&apos;s name, %3 the record&apos;s id (and title).</extracomment>
        <translation>Ni fewnforiwyd cofnod %1 yn y tabl “%2” (%3).</translation>
    </message>
</context>
<context>
    <name>myfyrio::BackupFile</name>
    <message>
        <source>“%1” could not be opened: %2</source>
        <extracomment>%1 is the backup file&apos;s name; %2 is a sentence saying what went wrong.</extracomment>
        <translation>Nid oedd modd agor “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Myfyrio backup: it does not say it is one.</source>
        <extracomment>%1 is the backup file&apos;s name.</extracomment>
        <translation>Nid yw “%1” yn gopi wrth gefn Myfyrio: nid yw’n dweud ei fod yn un.</translation>
    </message>
    <message>
        <source>“%1” is not a Myfyrio backup: its version numbers are missing.</source>
        <extracomment>%1 is the backup file&apos;s name.</extracomment>
        <translation>Nid yw “%1” yn gopi wrth gefn Myfyrio: mae rhifau ei fersiwn ar goll.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Myfyrio. Update Myfyrio, then import it again.</source>
        <extracomment>%1 is the backup file&apos;s name.</extracomment>
        <translation>Gwnaed “%1” gan fersiwn mwy newydd o Myfyrio. Diweddarwch Myfyrio, yna ei fewnforio eto.</translation>
    </message>
    <message>
        <source>“%1” is not a Myfyrio backup: it holds no tables.</source>
        <extracomment>%1 is the backup file&apos;s name.</extracomment>
        <translation>Nid yw “%1” yn gopi wrth gefn Myfyrio: nid oes tablau ynddo.</translation>
    </message>
    <message>
        <source>“%1” holds a table “%2” that this journal does not have. Nothing was imported.</source>
        <extracomment>%1 is the backup file&apos;s name; %2 is the name of a table in it.</extracomment>
        <translation>Mae “%1” yn cynnwys tabl “%2” nad yw yn y dyddlyfr hwn. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the table “%2” is not a list of records. Nothing was imported.</source>
        <extracomment>%1 is the backup file&apos;s name; %2 is the name of a table in it.</extracomment>
        <translation>Mae “%1” wedi’i ddifrodi: nid yw’r tabl “%2” yn rhestr o gofnodion. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>“%1” holds a column “%2” in the table “%3” that this journal does not have. Nothing was imported.</source>
        <extracomment>%1 is the backup file&apos;s name, %2 the column&apos;s name, %3 the table&apos;s name.</extracomment>
        <translation>Mae “%1” yn cynnwys colofn “%2” yn y tabl “%3” nad yw yn y dyddlyfr hwn. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: the table “%2” has more columns than an import can hold. Nothing was imported.</source>
        <extracomment>%1 is the backup file&apos;s name, %2 the table&apos;s name.</extracomment>
        <translation>Nid oes modd mewnforio “%1”: mae gan y tabl “%2” fwy o golofnau nag y gall mewnforio eu dal. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>It is not a record.</source>
        <translation>Nid yw’n gofnod.</translation>
    </message>
    <message>
        <source>The value of “%1” cannot be stored.</source>
        <extracomment>%1 is the name of a column.</extracomment>
        <translation>Nid oes modd cadw gwerth “%1”.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <extracomment>%1 is the backup file&apos;s name.</extracomment>
        <translation>Nid oedd modd darllen “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a Myfyrio backup: it is not valid JSON (the fault is near byte %2).</source>
        <extracomment>%1 is the backup file&apos;s name, %2 the byte of the file where the fault is.</extracomment>
        <translation>Nid yw “%1” yn gopi wrth gefn Myfyrio: nid yw’n JSON dilys (mae’r nam yn agos at beit %2).</translation>
    </message>
    <message>
        <source>“%1” is damaged: it holds the table “%2” twice. Nothing was imported.</source>
        <extracomment>%1 is the backup file&apos;s name, %2 the table&apos;s name.</extracomment>
        <translation>Mae “%1” wedi’i ddifrodi: mae’r tabl “%2” ynddo ddwywaith. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>“%1” changed while it was being imported. Nothing was imported.</source>
        <extracomment>%1 is the backup file&apos;s name.</extracomment>
        <translation>Newidiodd “%1” tra oedd yn cael ei fewnforio. Ni fewnforiwyd dim.</translation>
    </message>
</context>
<context>
    <name>myfyrio::BackupImporter</name>
    <message>
        <source>The backup refers to records it does not hold (in the table “%1”). Nothing was imported.</source>
        <extracomment>%1 is the name of a table in the backup.</extracomment>
        <translation>Mae’r copi wrth gefn yn cyfeirio at gofnodion nad ydynt ynddo (yn y tabl “%1”). Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Nothing was imported, because the journal could not be backed up first. %1</source>
        <extracomment>%1 is why the backup could not be made.</extracomment>
        <translation>Ni fewnforiwyd dim, oherwydd nad oedd modd gwneud copi wrth gefn o’r dyddlyfr yn gyntaf. %1</translation>
    </message>
</context>
<context>
    <name>myfyrio::BackupReasons</name>
    <message>
        <source>While you were writing</source>
        <translation>Tra oeddech yn ysgrifennu</translation>
    </message>
    <message>
        <source>When the journal was opened</source>
        <translation>Pan agorwyd y dyddlyfr</translation>
    </message>
    <message>
        <source>When the journal was closed</source>
        <translation>Pan gaewyd y dyddlyfr</translation>
    </message>
    <message>
        <source>Before an upgrade of the journal</source>
        <translation>Cyn diweddaru’r dyddlyfr</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Cyn mewnforio</translation>
    </message>
    <message>
        <source>Before a backup was restored</source>
        <translation>Cyn adfer copi wrth gefn</translation>
    </message>
    <message>
        <source>Before the trash was emptied</source>
        <translation>Cyn gwagio’r sbwriel</translation>
    </message>
    <message>
        <source>When you asked for one</source>
        <translation>Pan ofynnoch am un</translation>
    </message>
</context>
<context>
    <name>myfyrio::BackupRules</name>
    <message>
        <source>The value of “%1” is missing.</source>
        <extracomment>%1 is the name of a column.</extracomment>
        <translation>Mae gwerth “%1” ar goll.</translation>
    </message>
    <message>
        <source>The value of “%1” is of the wrong kind.</source>
        <extracomment>%1 is the name of a column.</extracomment>
        <translation>Mae gwerth “%1” o’r math anghywir.</translation>
    </message>
    <message>
        <source>It has no id.</source>
        <translation>Nid oes ganddo ddynodydd.</translation>
    </message>
    <message>
        <source>Its id “%1” is not a valid record id.</source>
        <extracomment>%1 is the id the backup gives.</extracomment>
        <translation>Nid yw ei ddynodydd “%1” yn ddynodydd cofnod dilys.</translation>
    </message>
    <message>
        <source>Its definition is not a reflective model that can be read.</source>
        <translation>Nid yw ei ddiffiniad yn fodel myfyriol y mae modd ei ddarllen.</translation>
    </message>
    <message>
        <source>Its definition is for another model (“%1”).</source>
        <extracomment>%1 is another model&apos;s code.</extracomment>
        <translation>Mae ei ddiffiniad ar gyfer model arall (“%1”).</translation>
    </message>
    <message>
        <source>Its code “%1” is the code of a built-in model.</source>
        <extracomment>%1 is the model&apos;s code.</extracomment>
        <translation>Ei god, “%1”, yw cod model adeiledig.</translation>
    </message>
    <message>
        <source>The date “%1” in “%2” is not a real date.</source>
        <extracomment>%1 is the date as the backup gives it, %2 the name of its column.</extracomment>
        <translation>Nid yw’r dyddiad “%1” yn y golofn “%2” yn ddyddiad go iawn.</translation>
    </message>
    <message>
        <source>The date “%1” in “%2” is outside the years 1900 to 9999.</source>
        <extracomment>%1 is the date as the backup gives it, %2 the name of its column.</extracomment>
        <translation>Mae’r dyddiad “%1” yn y golofn “%2” y tu allan i’r blynyddoedd 1900 i 9999.</translation>
    </message>
    <message>
        <source>The time “%1” in “%2” is not a valid time.</source>
        <extracomment>%1 is the time as the backup gives it, %2 the name of its column.</extracomment>
        <translation>Nid yw’r amser “%1” yn y golofn “%2” yn amser dilys.</translation>
    </message>
    <message>
        <source>The value “%1” of “%2” is not one this journal knows.</source>
        <extracomment>%1 is the value as the backup gives it, %2 the name of its column.</extracomment>
        <translation>Nid yw’r gwerth “%1” yn y golofn “%2” yn un y mae’r dyddlyfr hwn yn ei adnabod.</translation>
    </message>
    <message>
        <source>The value %1 of “%2” is out of range.</source>
        <extracomment>%1 is the value as the backup gives it, %2 the name of its column.</extracomment>
        <translation>Mae’r gwerth %1 yn y golofn “%2” y tu allan i’r ystod.</translation>
    </message>
    <message>
        <source>The value of “%1” is empty.</source>
        <extracomment>%1 is the name of a column.</extracomment>
        <translation>Mae gwerth “%1” yn wag.</translation>
    </message>
    <message>
        <source>Its folded name “%1” does not match its name “%2”.</source>
        <extracomment>%1 is the tag&apos;s name as compared (folded), %2 the tag&apos;s name.</extracomment>
        <translation>Nid yw’r ffurf a ddefnyddir i’w gymharu (“%1”) yn cyfateb i’w enw, “%2”.</translation>
    </message>
    <message>
        <source>Its failure type is not the one its reason suggests, and it is not marked as chosen.</source>
        <translation>Nid ei fath o fethiant yw’r un y mae ei reswm yn ei awgrymu, ac nid yw wedi’i nodi fel dewis.</translation>
    </message>
    <message>
        <source>It is a cancelled session without the reason it was cancelled.</source>
        <translation>Sesiwn a ganslwyd yw hi, heb y rheswm y cafodd ei chanslo.</translation>
    </message>
</context>
<context>
    <name>myfyrio::BackupService</name>
    <message>
        <source>The backup was not restored. %1</source>
        <extracomment>%1 is a sentence saying what went wrong.</extracomment>
        <translation>Ni adferwyd y copi wrth gefn. %1</translation>
    </message>
    <message>
        <source>The backup was not restored, because the journal as it is now could not be backed up first. %1</source>
        <extracomment>%1 is a sentence saying why the backup could not be made.</extracomment>
        <translation>Ni adferwyd y copi wrth gefn, oherwydd nad oedd modd gwneud copi wrth gefn o’r dyddlyfr fel y mae nawr yn gyntaf. %1</translation>
    </message>
</context>
<context>
    <name>myfyrio::BackupWriter</name>
    <message>
        <source>It refers to a record of the table “%1” (%2) that neither the backup nor the journal has.</source>
        <extracomment>%1 is a table&apos;s name, %2 the id the record refers to.</extracomment>
        <translation>Mae’n cyfeirio at gofnod yn y tabl “%1” (%2) nad yw yn y copi wrth gefn nac yn y dyddlyfr.</translation>
    </message>
    <message>
        <source>It uses the reflective model “%1”, which neither the backup nor the journal has.</source>
        <extracomment>%1 is a reflective model&apos;s code.</extracomment>
        <translation>Mae’n defnyddio’r model myfyriol “%1”, nad yw yn y copi wrth gefn nac yn y dyddlyfr.</translation>
    </message>
    <message>
        <source>A value in it is not allowed in this journal.</source>
        <translation>Mae ynddo werth nad yw’n cael ei ganiatáu yn y dyddlyfr hwn.</translation>
    </message>
    <message>
        <source>The backup holds it more than once; the first was imported.</source>
        <translation>Mae yn y copi wrth gefn fwy nag unwaith; mewnforiwyd y cyntaf.</translation>
    </message>
    <message>
        <source>The record %1 of the table “%2” is different in the backup; the journal’s version was kept.</source>
        <extracomment>%1 is the record&apos;s id (and title), %2 the table&apos;s name.</extracomment>
        <translation>Mae’r cofnod %1 yn y tabl “%2” yn wahanol yn y copi wrth gefn; cadwyd fersiwn y dyddlyfr.</translation>
    </message>
    <message>
        <source>A record of the table “%1” could not be added: %2 Nothing was imported.</source>
        <extracomment>%1 is the table&apos;s name, %2 a sentence saying why.</extracomment>
        <translation>Nid oedd modd ychwanegu cofnod at y tabl “%1”: %2 Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>The agreement %1 was not imported: none of its versions could be.</source>
        <extracomment>%1 is the agreement&apos;s id.</extracomment>
        <translation>Ni fewnforiwyd y cytundeb %1: nid oedd modd mewnforio dim un o’i fersiynau.</translation>
    </message>
    <message>
        <source>The copy “%1” already exists.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Mae’r copi “%1” yn bodoli eisoes.</translation>
    </message>
    <message>
        <source>The copy failed its integrity check, so it was not kept. The journal itself may be damaged.</source>
        <translation>Methodd y copi ei wiriad cywirdeb, felly ni chafodd ei gadw. Efallai fod y dyddlyfr ei hun wedi’i ddifrodi.</translation>
    </message>
    <message>
        <source>The copy is not a Myfyrio journal, so it was not kept.</source>
        <translation>Nid yw’r copi yn ddyddlyfr Myfyrio, felly ni chafodd ei gadw.</translation>
    </message>
    <message>
        <source>No backup could be made: the folder “%1” could not be created.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Doedd dim modd gwneud copi wrth gefn: doedd dim modd creu’r ffolder “%1”.</translation>
    </message>
    <message>
        <source>No backup could be made: “%1” is not a folder.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Doedd dim modd gwneud copi wrth gefn: nid yw “%1” yn ffolder.</translation>
    </message>
    <message>
        <source>No backup could be made: “%1” already exists.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Doedd dim modd gwneud copi wrth gefn: mae “%1” yn bodoli eisoes.</translation>
    </message>
    <message>
        <source>No backup could be made. %1</source>
        <extracomment>%1 is a sentence saying why.</extracomment>
        <translation>Doedd dim modd gwneud copi wrth gefn. %1</translation>
    </message>
    <message>
        <source>No backup could be made: the copy could not be given its name in “%1”.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Doedd dim modd gwneud copi wrth gefn: doedd dim modd rhoi ei enw i’r copi yn “%1”.</translation>
    </message>
</context>
<context>
    <name>myfyrio::BlameQuestion</name>
    <message>
        <source>Before you place this event on the spectrum: how much blame did you feel?</source>
        <translation>Cyn i chi osod y digwyddiad hwn ar y sbectrwm: faint o fai roeddech chi&apos;n ei deimlo?</translation>
    </message>
    <message>
        <source>0 None</source>
        <extracomment>Answers to &quot;how much blame did you feel?&quot;, from 0 to 4.</extracomment>
        <translation>0 Dim</translation>
    </message>
    <message>
        <source>1 A little</source>
        <translation>1 Ychydig</translation>
    </message>
    <message>
        <source>2 Some</source>
        <translation>2 Rhywfaint</translation>
    </message>
    <message>
        <source>3 A lot</source>
        <translation>3 Llawer</translation>
    </message>
    <message>
        <source>4 A great deal</source>
        <translation>4 Llawer iawn</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Hepgor y cwestiwn hwn</translation>
    </message>
    <message>
        <source>There is no right answer. Later you can see whether the blame you felt matched where events came from.</source>
        <translation>Nid oes ateb cywir. Yn nes ymlaen gallwch weld a oedd y bai a deimloch yn cyfateb i o ble y daeth y digwyddiadau.</translation>
    </message>
    <message>
        <source>Places the event without an answer about blame.</source>
        <translation>Yn gosod y digwyddiad heb ateb am fai.</translation>
    </message>
</context>
<context>
    <name>myfyrio::CalendarView</name>
    <message>
        <source>Days in bold hold reflections. Choose a day to see them, then choose one to open it.</source>
        <translation>Mae myfyrdodau ar y dyddiau mewn print trwm. Dewiswch ddiwrnod i&apos;w gweld, yna dewiswch un i&apos;w agor.</translation>
    </message>
    <message>
        <source>Reflections on the chosen day</source>
        <translation>Myfyrdodau ar y diwrnod a ddewiswyd</translation>
    </message>
    <message numerus="yes">
        <source>Reflections on this day: %n</source>
        <extracomment>%n is a number of reflections.</extracomment>
        <translation>
            <numerusform>Myfyrdodau ar y diwrnod hwn: %n</numerusform>
            <numerusform>Myfyrdodau ar y diwrnod hwn: %n</numerusform>
            <numerusform>Myfyrdodau ar y diwrnod hwn: %n</numerusform>
            <numerusform>Myfyrdodau ar y diwrnod hwn: %n</numerusform>
            <numerusform>Myfyrdodau ar y diwrnod hwn: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Heb deitl</translation>
    </message>
    <message>
        <source>No reflections on this day.</source>
        <translation>Dim myfyrdodau ar y diwrnod hwn.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendr</translation>
    </message>
    <message>
        <source>Enter opens the chosen reflection.</source>
        <translation>Mae Enter yn agor y myfyrdod a ddewiswyd.</translation>
    </message>
    <message>
        <source>Days in bold hold reflections. The arrow keys move from day to day, Page Up and Page Down from month to month.</source>
        <translation>Mae gan y dyddiau mewn print trwm fyfyrdodau. Mae’r bysellau saeth yn symud o ddydd i ddydd, a Page Up a Page Down o fis i fis.</translation>
    </message>
</context>
<context>
    <name>myfyrio::CardActions</name>
    <message>
        <source>Share as Learning Card</source>
        <translation>Rhannu fel Cerdyn Dysgu</translation>
    </message>
    <message>
        <source>The reflection is no longer in the journal.</source>
        <translation>Nid yw&apos;r myfyrdod yn y dyddlyfr mwyach.</translation>
    </message>
    <message>
        <source>Share as Learning &amp;Card…</source>
        <translation>Rhannu fe&amp;l Cerdyn Dysgu…</translation>
    </message>
    <message>
        <source>Share what you learned from this reflection as an anonymised card in a team folder.</source>
        <translation>Rhannu&apos;r hyn a ddysgoch o&apos;r myfyrdod hwn fel cerdyn dienw mewn ffolder tîm.</translation>
    </message>
    <message>
        <source>S&amp;hared Learning Cards…</source>
        <translation>Cardiau Dysgu a &amp;Rannwyd…</translation>
    </message>
    <message>
        <source>See the learning cards this journal shared, and withdraw one.</source>
        <translation>Gweld y cardiau dysgu a rannodd y dyddlyfr hwn, a thynnu un yn ôl.</translation>
    </message>
    <message>
        <source>See the pattern of the learning cards in your team&apos;s card folders.</source>
        <translation>Gweld patrwm y cardiau dysgu yn ffolderi cardiau eich tîm.</translation>
    </message>
    <message>
        <source>Team &amp;Learning…</source>
        <translation>Dysgu&apos;r &amp;Tîm…</translation>
    </message>
</context>
<context>
    <name>myfyrio::CardCheck</name>
    <message>
        <source>[date]</source>
        <translation>[dyddiad]</translation>
    </message>
    <message>
        <source>[passage left out]</source>
        <translation>[darn wedi&apos;i hepgor]</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Gwers</translation>
    </message>
    <message>
        <source>Enabling question</source>
        <translation>Cwestiwn galluogi</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Author label</source>
        <translation>Label awdur</translation>
    </message>
    <message>
        <source>The day of the reflection</source>
        <translation>Diwrnod y myfyrdod</translation>
    </message>
    <message>
        <source>Words copied from the reflection</source>
        <translation>Geiriau wedi&apos;u copïo o&apos;r myfyrdod</translation>
    </message>
    <message>
        <source>%1: “%2” (%3)</source>
        <extracomment>%1 is what was found (“Name of someone you protect”), %2 the words found, %3 the field (“Lesson”).</extracomment>
        <translation>%1: “%2” (%3)</translation>
    </message>
</context>
<context>
    <name>myfyrio::CardFilterBar</name>
    <message>
        <source>Any month</source>
        <translation>Unrhyw fis</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Unrhyw iaith</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Unrhyw reswm</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Unrhyw fath</translation>
    </message>
    <message>
        <source>Any scale</source>
        <translation>Unrhyw raddfa</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Unrhyw dag</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>I&amp;aith:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>Gra&amp;ddfa:</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Ta&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>Chwilio am &amp;eiriau:</translation>
    </message>
    <message>
        <source>In the title, lesson, question or tags</source>
        <translation>Yn y teitl, y wers, y cwestiwn neu&apos;r tagiau</translation>
    </message>
    <message>
        <source>Clear F&amp;ilters</source>
        <translation>Clirio&apos;r Hid&amp;lwyr</translation>
    </message>
    <message>
        <source>Show the cards from this month on.</source>
        <translation>Dangos y cardiau o&apos;r mis hwn ymlaen.</translation>
    </message>
    <message>
        <source>Show the cards up to this month.</source>
        <translation>Dangos y cardiau hyd at y mis hwn.</translation>
    </message>
    <message>
        <source>Show the cards written in this language.</source>
        <translation>Dangos y cardiau a ysgrifennwyd yn yr iaith hon.</translation>
    </message>
    <message>
        <source>Show the cards with this reason for failure.</source>
        <translation>Dangos y cardiau sydd â&apos;r rheswm hwn dros fethiant.</translation>
    </message>
    <message>
        <source>Show the cards with this type of failure.</source>
        <translation>Dangos y cardiau sydd â&apos;r math hwn o fethiant.</translation>
    </message>
    <message>
        <source>Show the cards at this system scale.</source>
        <translation>Dangos y cardiau ar y raddfa system hon.</translation>
    </message>
    <message>
        <source>Show the cards with this tag.</source>
        <translation>Dangos y cardiau sydd â&apos;r tag hwn.</translation>
    </message>
    <message>
        <source>Show the cards that hold all of these words, whatever their accents.</source>
        <translation>Dangos y cardiau sy&apos;n cynnwys pob un o&apos;r geiriau hyn, beth bynnag fo&apos;u hacenion.</translation>
    </message>
    <message>
        <source>Show every card again.</source>
        <translation>Dangos pob cerdyn eto.</translation>
    </message>
</context>
<context>
    <name>myfyrio::CardFormat</name>
    <message>
        <source>The file is not a learning card that this version of Myfyrio can read.</source>
        <translation>Nid yw&apos;r ffeil yn gerdyn dysgu y gall y fersiwn hon o Myfyrio ei ddarllen.</translation>
    </message>
    <message>
        <source>The card has no valid id.</source>
        <translation>Does gan y cerdyn ddim dynodydd dilys.</translation>
    </message>
    <message>
        <source>Give the card a short title.</source>
        <translation>Rhowch deitl byr i&apos;r cerdyn.</translation>
    </message>
    <message>
        <source>The card&apos;s title is too long: keep it to %1 characters.</source>
        <extracomment>%1 is a number of characters.</extracomment>
        <translation>Mae teitl y cerdyn yn rhy hir: cadwch ef o fewn y nifer hwn o nodau: %1.</translation>
    </message>
    <message>
        <source>Write the lesson: what you learned, in your own words for the card.</source>
        <translation>Ysgrifennwch y wers: beth a ddysgoch chi, yn eich geiriau eich hun ar gyfer y cerdyn.</translation>
    </message>
    <message>
        <source>The lesson is too long for a card: keep it to %1 characters.</source>
        <extracomment>%1 is a number of characters.</extracomment>
        <translation>Mae&apos;r wers yn rhy hir i gerdyn: cadwch hi o fewn y nifer hwn o nodau: %1.</translation>
    </message>
    <message>
        <source>The enabling question is too long: keep it to %1 characters.</source>
        <extracomment>%1 is a number of characters.</extracomment>
        <translation>Mae&apos;r cwestiwn galluogi yn rhy hir: cadwch ef o fewn y nifer hwn o nodau: %1.</translation>
    </message>
    <message>
        <source>The author label is too long: keep it to %1 characters.</source>
        <extracomment>%1 is a number of characters.</extracomment>
        <translation>Mae&apos;r label awdur yn rhy hir: cadwch ef o fewn y nifer hwn o nodau: %1.</translation>
    </message>
    <message>
        <source>A card can carry at most %1 tags.</source>
        <extracomment>%1 is a number of tags.</extracomment>
        <translation>Uchafswm y tagiau ar gerdyn: %1.</translation>
    </message>
    <message>
        <source>Each tag must have from 1 to %1 characters.</source>
        <extracomment>%1 is a number of characters.</extracomment>
        <translation>Rhaid i bob tag fod yn nod neu&apos;n fwy, a dim mwy na&apos;r nifer hwn o nodau: %1.</translation>
    </message>
    <message>
        <source>The card&apos;s system scale is not one Myfyrio knows.</source>
        <translation>Nid yw graddfa system y cerdyn yn un y mae Myfyrio yn ei hadnabod.</translation>
    </message>
    <message>
        <source>Say whether the card is written in Welsh or English.</source>
        <translation>Dywedwch a yw&apos;r cerdyn wedi&apos;i ysgrifennu yn Gymraeg neu yn Saesneg.</translation>
    </message>
    <message>
        <source>The card needs the month of its reflection.</source>
        <translation>Mae angen mis ei fyfyrdod ar y cerdyn.</translation>
    </message>
</context>
<context>
    <name>myfyrio::CardHtml</name>
    <message>
        <source>No scale given</source>
        <translation>Dim graddfa wedi&apos;i rhoi</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Gwers</translation>
    </message>
    <message>
        <source>Enabling question</source>
        <translation>Cwestiwn galluogi</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>Dim wedi&apos;i roi</translation>
    </message>
    <message>
        <source>Reason for failure:</source>
        <translation>Rheswm dros fethiant:</translation>
    </message>
    <message>
        <source>Type of failure:</source>
        <translation>Math o fethiant:</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>Sefyllfa:</translation>
    </message>
    <message>
        <source>Failure placement:</source>
        <translation>Lle ar sbectrwm methiant:</translation>
    </message>
    <message>
        <source>Not placed on the spectrum</source>
        <translation>Heb ei osod ar y sbectrwm</translation>
    </message>
    <message>
        <source>System scale:</source>
        <translation>Graddfa&apos;r system:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tagiau:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mis:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Iaith:</translation>
    </message>
    <message>
        <source>Author label:</source>
        <translation>Label awdur:</translation>
    </message>
</context>
<context>
    <name>myfyrio::CardListModel</name>
    <message>
        <source>Not placed</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Graddfa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Awdur</translation>
    </message>
</context>
<context>
    <name>myfyrio::CardSharing</name>
    <message>
        <source>Choose the folder the card goes to.</source>
        <translation>Dewiswch y ffolder y mae&apos;r cerdyn yn mynd iddi.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <extracomment>%1 is the path of a folder.</extracomment>
        <translation>Nid yw&apos;r ffolder “%1” yn bodoli.</translation>
    </message>
    <message>
        <source>The card holds what could identify someone, or more of the reflection than you may mean to share:</source>
        <translation>Mae&apos;r cerdyn yn cynnwys rhywbeth a allai adnabod rhywun, neu fwy o&apos;r myfyrdod nag yr oeddech efallai&apos;n bwriadu ei rannu:</translation>
    </message>
    <message>
        <source>A card can only be made from a reflection in the journal.</source>
        <translation>Dim ond o fyfyrdod yn y dyddlyfr y gellir gwneud cerdyn.</translation>
    </message>
    <message>
        <source>“%1” already exists, so the card was not written.</source>
        <extracomment>%1 is the path of a file.</extracomment>
        <translation>Mae “%1” yn bodoli eisoes, felly ni ysgrifennwyd y cerdyn.</translation>
    </message>
    <message>
        <source>This journal did not share a card with the id “%1”, so it cannot withdraw it.</source>
        <extracomment>%1 is a card&apos;s id.</extracomment>
        <translation>Ni rannodd y dyddlyfr hwn gerdyn â&apos;r dynodydd “%1”, felly ni all ei dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>“%1” is not a card file Myfyrio wrote, so it was left as it is.</source>
        <extracomment>%1 is the path of a file.</extracomment>
        <translation>Nid yw “%1” yn ffeil cerdyn a ysgrifennodd Myfyrio, felly fe&apos;i gadawyd fel y mae.</translation>
    </message>
</context>
<context>
    <name>myfyrio::CheckedTexts</name>
    <message>
        <source>Spelling is not checked: no Welsh dictionary is installed (the Debian package aspell-cy).</source>
        <translation>Nid yw&apos;r sillafu&apos;n cael ei wirio: nid oes geiriadur Cymraeg wedi&apos;i osod (pecyn Debian aspell-cy).</translation>
    </message>
    <message>
        <source>Spelling is not checked: no English dictionary is installed (the Debian package aspell-en).</source>
        <translation>Nid yw&apos;r sillafu&apos;n cael ei wirio: nid oes geiriadur Saesneg wedi&apos;i osod (pecyn Debian aspell-en).</translation>
    </message>
</context>
<context>
    <name>myfyrio::ClipboardActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Dewis &amp;Popeth</translation>
    </message>
</context>
<context>
    <name>myfyrio::ConfidentialityGuard</name>
    <message>
        <source>[NHS number]</source>
        <extracomment>Put in a shared report in place of an NHS number (Welsh: rhif GIG).</extracomment>
        <translation>[rhif GIG]</translation>
    </message>
    <message>
        <source>[postcode]</source>
        <translation>[cod post]</translation>
    </message>
    <message>
        <source>[date of birth]</source>
        <translation>[dyddiad geni]</translation>
    </message>
    <message>
        <source>[phone number]</source>
        <translation>[rhif ffôn]</translation>
    </message>
    <message>
        <source>[email address]</source>
        <translation>[cyfeiriad e-bost]</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[enw]</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Rhif ffôn</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Name of someone you protect</source>
        <translation>Enw rhywun rydych yn ei ddiogelu</translation>
    </message>
</context>
<context>
    <name>myfyrio::CpdCatalog</name>
    <message>
        <source>Course or training</source>
        <translation>Cwrs neu hyfforddiant</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Darllen</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Goruchwyliaeth</translation>
    </message>
    <message>
        <source>Peer discussion</source>
        <translation>Trafodaeth gyda chymheiriaid</translation>
    </message>
    <message>
        <source>Learning in practice</source>
        <translation>Dysgu wrth ymarfer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>NMC Code: Prioritise people</source>
        <translation>Cod yr NMC: Rhoi blaenoriaeth i bobl</translation>
    </message>
    <message>
        <source>NMC Code: Practise effectively</source>
        <translation>Cod yr NMC: Ymarfer yn effeithiol</translation>
    </message>
    <message>
        <source>NMC Code: Preserve safety</source>
        <translation>Cod yr NMC: Cadw pobl yn ddiogel</translation>
    </message>
    <message>
        <source>NMC Code: Promote professionalism and trust</source>
        <translation>Cod yr NMC: Hyrwyddo proffesiynoldeb ac ymddiriedaeth</translation>
    </message>
    <message>
        <source>SCW Code 1: Respect the views and wishes, and promote the rights and interests, of individuals and carers</source>
        <translation>Cod GCC 1: Parchu safbwyntiau a dymuniadau unigolion a gofalwyr, a hyrwyddo eu hawliau a’u buddiannau</translation>
    </message>
    <message>
        <source>SCW Code 2: Establish and keep the trust and confidence of individuals and carers</source>
        <translation>Cod GCC 2: Meithrin a chadw ymddiriedaeth a hyder unigolion a gofalwyr</translation>
    </message>
    <message>
        <source>SCW Code 3: Promote the well-being, voice and control of individuals and carers while supporting them to stay safe</source>
        <translation>Cod GCC 3: Hyrwyddo llesiant, llais a rheolaeth unigolion a gofalwyr, gan eu cefnogi i gadw’n ddiogel</translation>
    </message>
    <message>
        <source>SCW Code 4: Respect the rights of individuals while seeking to ensure that their behaviour does not harm themselves or others</source>
        <translation>Cod GCC 4: Parchu hawliau unigolion, gan geisio sicrhau nad yw eu hymddygiad yn niweidio eu hunain nac eraill</translation>
    </message>
    <message>
        <source>SCW Code 5: Act with integrity and uphold public trust and confidence in social care</source>
        <translation>Cod GCC 5: Gweithredu’n onest a chynnal ymddiriedaeth a hyder y cyhoedd mewn gofal cymdeithasol</translation>
    </message>
    <message>
        <source>SCW Code 6: Be accountable for the quality of your work and for maintaining and developing your knowledge and skills</source>
        <translation>Cod GCC 6: Bod yn atebol am ansawdd eich gwaith ac am gynnal a datblygu eich gwybodaeth a’ch sgiliau</translation>
    </message>
    <message>
        <source>SCW Code 7: Embed the Code in the work of the staff you lead</source>
        <translation>Cod GCC 7: Ymgorffori’r Cod yng ngwaith y staff rydych yn eu harwain</translation>
    </message>
</context>
<context>
    <name>myfyrio::CpdPanel</name>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Count this reflection as continuing professional development for your regulator.</source>
        <translation>Cyfrif y myfyrdod hwn fel datblygiad proffesiynol parhaus ar gyfer eich rheoleiddiwr.</translation>
    </message>
    <message>
        <source>&amp;Kind of activity:</source>
        <translation>Math o wei&amp;thgaredd:</translation>
    </message>
    <message>
        <source>Hours of CPD</source>
        <translation>Oriau DPP</translation>
    </message>
    <message>
        <source>&amp;Written or discussed with a peer</source>
        <translation>Wedi&apos;i ysgrifennu neu ei drafod gyda chym&amp;heiriad</translation>
    </message>
    <message>
        <source>Counts as C&amp;PD</source>
        <translation>Yn cyfrif fel D&amp;PP</translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation>Oria&amp;u:</translation>
    </message>
    <message>
        <source>Pa&amp;rticipatory: done with other people</source>
        <translation>Cyfranogo&amp;l: wedi&apos;i wneud gyda phobl eraill</translation>
    </message>
    <message>
        <source>Relates t&amp;o the standard:</source>
        <translation>Safon &amp;berthnasol:</translation>
    </message>
</context>
<context>
    <name>myfyrio::CpdPreferencesBox</name>
    <message>
        <source>CPD and your regulator</source>
        <translation>DPP a&apos;ch rheoleiddiwr</translation>
    </message>
    <message>
        <source>&amp;Regulator and role:</source>
        <translation>&amp;Rheoleiddiwr a rôl:</translation>
    </message>
    <message>
        <source>My current &amp;cycle started on:</source>
        <translation>Dechreuodd fy &amp;nghylch presennol ar:</translation>
    </message>
    <message>
        <source>The day your CPD cycle started</source>
        <translation>Y diwrnod y dechreuodd eich cylch DPP</translation>
    </message>
    <message>
        <source>Without a start day, the registration year runs from 1 December to 30 November.</source>
        <translation>Heb ddiwrnod cychwyn, mae&apos;r flwyddyn gofrestru yn rhedeg o 1 Rhagfyr hyd 30 Tachwedd.</translation>
    </message>
    <message>
        <source>Cycles follow on from this day; without it, the CPD view counts the cycle that ends today.</source>
        <translation>Mae&apos;r cylchoedd yn dilyn o&apos;r diwrnod hwn; hebddo, mae&apos;r olwg DPP yn cyfrif y cylch sy&apos;n gorffen heddiw.</translation>
    </message>
</context>
<context>
    <name>myfyrio::CpdProgress</name>
    <message>
        <source>CPD hours: %1 of %2</source>
        <extracomment>%1 hours done, %2 hours the regulator asks for in the cycle.</extracomment>
        <translation>Oriau DPP: %1 (y gofyn: %2)</translation>
    </message>
    <message>
        <source>Participatory hours: %1 of %2</source>
        <extracomment>%1 participatory hours done, %2 asked for.</extracomment>
        <translation>Oriau cyfranogol: %1 (y gofyn: %2)</translation>
    </message>
    <message>
        <source>Reflective accounts: %1 of %2</source>
        <extracomment>%1 reflective accounts written, %2 asked for.</extracomment>
        <translation>Cyfrifon myfyriol: %1 (y gofyn: %2)</translation>
    </message>
    <message>
        <source>CPD records: %1 of %2</source>
        <extracomment>%1 CPD records made this registration year, %2 asked for.</extracomment>
        <translation>Cofnodion DPP: %1 (y gofyn: %2)</translation>
    </message>
    <message>
        <source>Records with peer reflection: %1 of %2</source>
        <extracomment>%1 CPD records with peer reflection, %2 asked for.</extracomment>
        <translation>Cofnodion gyda myfyrio gan gymheiriaid: %1 (y gofyn: %2)</translation>
    </message>
    <message>
        <source>Dated activities: %1 of %2</source>
        <extracomment>%1 dated CPD activities, %2 the least a profile usually lists.</extracomment>
        <translation>Gweithgareddau wedi’u dyddio: %1 (y gofyn: %2)</translation>
    </message>
    <message>
        <source>CPD hours to go: %1</source>
        <extracomment>%1 is a number of hours.</extracomment>
        <translation>Oriau DPP i fynd: %1</translation>
    </message>
    <message>
        <source>Participatory hours to go: %1</source>
        <extracomment>%1 is a number of hours.</extracomment>
        <translation>Oriau cyfranogol i fynd: %1</translation>
    </message>
    <message>
        <source>Reflective accounts still to write: %1</source>
        <extracomment>%1 is a number of reflective accounts.</extracomment>
        <translation>Cyfrifon myfyriol i’w hysgrifennu o hyd: %1</translation>
    </message>
    <message>
        <source>CPD records still to make this year: %1</source>
        <extracomment>%1 is a number of CPD records.</extracomment>
        <translation>Cofnodion DPP i’w gwneud eleni o hyd: %1</translation>
    </message>
    <message>
        <source>Records with peer reflection still needed: %1</source>
        <extracomment>%1 is a number of CPD records.</extracomment>
        <translation>Cofnodion gyda myfyrio gan gymheiriaid sydd eu hangen o hyd: %1</translation>
    </message>
    <message>
        <source>Dated activities still needed for a profile: %1</source>
        <extracomment>%1 is a number of activities.</extracomment>
        <translation>Gweithgareddau wedi’u dyddio sydd eu hangen o hyd ar gyfer proffil: %1</translation>
    </message>
    <message>
        <source>Gaps of three months or more to explain: %1</source>
        <extracomment>%1 is a number of gaps between CPD activities.</extracomment>
        <translation>Bylchau o dri mis neu fwy i’w hegluro: %1</translation>
    </message>
    <message>
        <source>Nothing is missing for this cycle.</source>
        <translation>Does dim ar goll ar gyfer y cylch hwn.</translation>
    </message>
</context>
<context>
    <name>myfyrio::CpdRecordStore</name>
    <message>
        <source>“%1” is not a kind of CPD activity. Use one of: %2.</source>
        <extracomment>%1 is what was given; %2 is a list of activity codes.</extracomment>
        <translation>Nid yw “%1” yn fath o weithgaredd DPP. Defnyddiwch un o’r rhain: %2.</translation>
    </message>
    <message>
        <source>The hours of a CPD activity must be from 0 to 1000, in quarter hours.</source>
        <translation>Rhaid i oriau gweithgaredd DPP fod rhwng 0 a 1000, mewn chwarteri awr.</translation>
    </message>
    <message>
        <source>“%1” is not a standard Myfyrio knows. Use one of: %2.</source>
        <extracomment>%1 is what was given; %2 is a list of standard codes.</extracomment>
        <translation>Nid yw “%1” yn safon y mae Myfyrio yn ei hadnabod. Defnyddiwch un o’r rhain: %2.</translation>
    </message>
</context>
<context>
    <name>myfyrio::CpdView</name>
    <message>
        <source>Continuing professional development</source>
        <translation>Datblygiad proffesiynol parhaus</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>I&apos;w wneud o hyd</translation>
    </message>
    <message>
        <source>CPD &amp;activities in this cycle</source>
        <translation>&amp;Gweithgareddau DPP yn y cylch hwn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Myfyrdod</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Math o weithgaredd</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>CPD activities in this cycle</source>
        <translation>Gweithgareddau DPP yn y cylch hwn</translation>
    </message>
    <message>
        <source>Progress against the requirement</source>
        <translation>Cynnydd o&apos;i gymharu â&apos;r gofyn</translation>
    </message>
    <message>
        <source>Choose your regulator and your role in Edit ▸ Preferences to see what it asks for.</source>
        <translation>Dewiswch eich rheoleiddiwr a&apos;ch rôl yn Golygu ▸ Dewisiadau i weld yr hyn y mae&apos;n ei ofyn.</translation>
    </message>
    <message>
        <source>Cycle: %1 to %2</source>
        <extracomment>%1 and %2 are the first and last days of the CPD cycle.</extracomment>
        <translation>Cylch: %1 – %2</translation>
    </message>
    <message>
        <source>Set the day your cycle started in Edit ▸ Preferences; until then the cycle is the one that ends today.</source>
        <translation>Gosodwch y diwrnod y dechreuodd eich cylch yn Golygu ▸ Dewisiadau; tan hynny, y cylch yw&apos;r un sy&apos;n gorffen heddiw.</translation>
    </message>
    <message>
        <source>CPD hours: %1. Activities: %2.</source>
        <extracomment>%1 is a number of hours, %2 a number of activities.</extracomment>
        <translation>Oriau DPP: %1. Gweithgareddau: %2.</translation>
    </message>
    <message>
        <source>No CPD from %1 to %2</source>
        <extracomment>%1 and %2 are days: a gap of three months or more between CPD activities.</extracomment>
        <translation>Dim DPP: %1 – %2</translation>
    </message>
    <message>
        <source>Untitled reflection</source>
        <translation>Myfyrdod heb deitl</translation>
    </message>
    <message>
        <source>CPD</source>
        <translation>DPP</translation>
    </message>
</context>
<context>
    <name>myfyrio::DamagedJournalDialog</name>
    <message>
        <source>The Journal Is Damaged</source>
        <translation>Mae’r Dyddlyfr wedi’i Ddifrodi</translation>
    </message>
    <message>
        <source>The journal “%1” is damaged, so it has not been opened.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Mae’r dyddlyfr “%1” wedi’i ddifrodi, felly nid yw wedi’i agor.</translation>
    </message>
    <message>
        <source>Nothing in it has been changed. Whichever way back you choose, the damaged file is kept beside the journal under a new name, so nothing is lost.</source>
        <translation>Does dim ynddo wedi’i newid. Pa ffordd bynnag yn ôl a ddewiswch, caiff y ffeil sydd wedi’i difrodi ei chadw wrth ymyl y dyddlyfr dan enw newydd, felly ni chollir dim.</translation>
    </message>
    <message>
        <source>Restore the Backup Made %1</source>
        <extracomment>%1 is the date and time the backup was made.</extracomment>
        <translation>Adfer y Copi wrth Gefn a Wnaed: %1</translation>
    </message>
    <message>
        <source>Anything written or changed after then would be missing from the journal.</source>
        <translation>Byddai unrhyw beth a ysgrifennwyd neu a newidiwyd ar ôl hynny ar goll o’r dyddlyfr.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n reflection(s) written or changed after then would be missing from the journal.</source>
        <extracomment>%n is how many reflections were written or changed after the backup was made.</extracomment>
        <translation>
            <numerusform>Byddai myfyrdodau a ysgrifennwyd neu a newidiwyd ar ôl hynny ar goll o’r dyddlyfr (o leiaf: %n).</numerusform>
            <numerusform>Byddai myfyrdodau a ysgrifennwyd neu a newidiwyd ar ôl hynny ar goll o’r dyddlyfr (o leiaf: %n).</numerusform>
            <numerusform>Byddai myfyrdodau a ysgrifennwyd neu a newidiwyd ar ôl hynny ar goll o’r dyddlyfr (o leiaf: %n).</numerusform>
            <numerusform>Byddai myfyrdodau a ysgrifennwyd neu a newidiwyd ar ôl hynny ar goll o’r dyddlyfr (o leiaf: %n).</numerusform>
            <numerusform>Byddai myfyrdodau a ysgrifennwyd neu a newidiwyd ar ôl hynny ar goll o’r dyddlyfr (o leiaf: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds reflections: %L1.</source>
        <extracomment>%L1 is the number of reflections in the backup.</extracomment>
        <translation>Mae’n cynnwys myfyrdodau: %L1.</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Adfer Copi wrth Gefn</translation>
    </message>
    <message>
        <source>There is no backup of this journal that passes its check.</source>
        <translation>Does dim copi wrth gefn o’r dyddlyfr hwn sy’n pasio ei wiriad.</translation>
    </message>
    <message>
        <source>Salvage What Can Still Be Read</source>
        <translation>Achub yr Hyn y Gellir ei Ddarllen o Hyd</translation>
    </message>
    <message>
        <source>Copies the reflections, tags, answers, actions and agreements that can still be read into a new journal, and says how many were recovered.</source>
        <translation>Yn copïo’r myfyrdodau, y tagiau, yr atebion, y camau gweithredu a’r cytundebau y gellir eu darllen o hyd i ddyddlyfr newydd, ac yn dweud faint a achubwyd.</translation>
    </message>
    <message>
        <source>Open Another Journal…</source>
        <translation>Agor Dyddlyfr Arall…</translation>
    </message>
    <message>
        <source>Leaves this journal as it is and opens another file.</source>
        <translation>Yn gadael y dyddlyfr hwn fel y mae ac yn agor ffeil arall.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
</context>
<context>
    <name>myfyrio::Database</name>
    <message>
        <source>The journal “%1” could not be opened: %2</source>
        <extracomment>%1 is a file path; %2 is a sentence saying what went wrong.</extracomment>
        <translation>Nid oedd modd agor y dyddlyfr “%1”: %2</translation>
    </message>
    <message>
        <source>The journal “%1” could not be read.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Nid oedd modd darllen y dyddlyfr “%1”.</translation>
    </message>
    <message>
        <source>The journal could not be upgraded because no backup copy could be made first: %1</source>
        <extracomment>%1 is a sentence saying why the backup could not be made.</extracomment>
        <translation>Nid oedd modd diweddaru&apos;r dyddlyfr oherwydd nad oedd modd gwneud copi wrth gefn yn gyntaf: %1</translation>
    </message>
    <message>
        <source>The journal could not be upgraded to version %1 (%2): %3 It has been left as it was.</source>
        <extracomment>%1 is a version number; %2 describes the upgrade step; %3 says what went wrong.</extracomment>
        <translation>Nid oedd modd diweddaru&apos;r dyddlyfr i fersiwn %1 (%2): %3 Mae wedi&apos;i adael fel yr oedd.</translation>
    </message>
    <message>
        <source>The backup “%1” already exists.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Mae&apos;r copi wrth gefn “%1” yn bodoli eisoes.</translation>
    </message>
    <message>
        <source>The journal is in use by another program, so the backup could not be put in its place. Close that program and try again.</source>
        <translation>Mae rhaglen arall yn defnyddio’r dyddlyfr, felly doedd dim modd rhoi’r copi wrth gefn yn ei le. Caewch y rhaglen honno a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The journal file could not be replaced in “%1”.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Doedd dim modd newid ffeil y dyddlyfr yn “%1”.</translation>
    </message>
</context>
<context>
    <name>myfyrio::DayOneSource</name>
    <message>
        <source>There is no file or folder “%1”.</source>
        <extracomment>%1 is the path that was given.</extracomment>
        <translation>Nid oes ffeil na ffolder “%1”.</translation>
    </message>
    <message>
        <source>“%1” is larger than 8 GB, more than Myfyrio reads.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Mae “%1” yn fwy nag 8 GB, sy&apos;n fwy nag y mae Myfyrio yn ei ddarllen.</translation>
    </message>
    <message>
        <source>“%1” is not a Day One export: it holds no JSON file such as Journal.json.</source>
        <extracomment>%1 is the name of a file or folder.</extracomment>
        <translation>Nid allforiad Day One yw “%1”: nid oes ynddo ffeil JSON fel Journal.json.</translation>
    </message>
    <message>
        <source>It is a symbolic link, which Myfyrio does not follow.</source>
        <translation>Dolen symbolaidd yw hon, ac nid yw Myfyrio yn ei dilyn.</translation>
    </message>
    <message>
        <source>“%1” is not a Day One export: it has no list of entries.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Nid allforiad Day One yw “%1”: nid oes ganddo restr o gofnodion.</translation>
    </message>
    <message>
        <source>“%1” is not a Day One export: its entries have no creation dates.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Nid allforiad Day One yw “%1”: nid oes dyddiad creu gan ei gofnodion.</translation>
    </message>
    <message>
        <source>The entry is not in Day One&apos;s form.</source>
        <translation>Nid yw&apos;r cofnod ar ffurf Day One.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time Myfyrio can read.</source>
        <extracomment>%1 is what the file gives as the time the entry was written.</extracomment>
        <translation>Nid yw “%1” yn ddyddiad ac amser y gall Myfyrio eu darllen.</translation>
    </message>
    <message>
        <source>Its name in the export is not one Day One gives its files, so it was not looked for.</source>
        <translation>Nid yw ei henw yn yr allforiad yn un y mae Day One yn ei roi i&apos;w ffeiliau, felly ni chwiliwyd amdani.</translation>
    </message>
</context>
<context>
    <name>myfyrio::DiffHtml</name>
    <message>
        <source>%1. %2</source>
        <extracomment>A section heading in a comparison: &quot;3. Context&quot;.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The two versions say the same in every section.</source>
        <translation>Mae&apos;r ddwy fersiwn yn dweud yr un peth ym mhob adran.</translation>
    </message>
</context>
<context>
    <name>myfyrio::EditSaver</name>
    <message>
        <source>All changes saved</source>
        <translation>Mae pob newid wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <extracomment>Shown while typing, until the pause after which the text is saved.</extracomment>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <source>Could not save: %1 Your text is kept here and saving will be tried again.</source>
        <extracomment>%1 is the reason, a whole sentence such as &quot;The disk is full.&quot;</extracomment>
        <translation>Methu cadw: %1 Mae&apos;ch testun yn dal yma, a bydd Myfyrio yn ceisio cadw eto.</translation>
    </message>
</context>
<context>
    <name>myfyrio::EmptyJournalPage</name>
    <message>
        <source>Your journal is empty</source>
        <translation>Mae&apos;ch dyddlyfr yn wag</translation>
    </message>
    <message>
        <source>Write about something that happened in your practice: what you did, how it went, and what you would do next time. Everything you write stays on this computer.</source>
        <translation>Ysgrifennwch am rywbeth a ddigwyddodd yn eich ymarfer: beth wnaethoch chi, sut aeth hi, a beth fyddech chi&apos;n ei wneud y tro nesaf. Mae popeth rydych chi&apos;n ei ysgrifennu yn aros ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>&amp;New Reflection</source>
        <translation>Myfyrdod &amp;Newydd</translation>
    </message>
</context>
<context>
    <name>myfyrio::FailureCharts</name>
    <message>
        <source>Events by reason for failure</source>
        <translation>Digwyddiadau yn ôl rheswm dros fethiant</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Digwyddiadau</translation>
    </message>
    <message>
        <source>Events by type, month by month</source>
        <translation>Digwyddiadau yn ôl math, fis wrth fis</translation>
    </message>
    <message>
        <source>Mean blame felt, by reason</source>
        <translation>Cyfartaledd y bai a deimlwyd, yn ôl rheswm</translation>
    </message>
    <message>
        <source>0 none – 4 a great deal</source>
        <translation>0 dim – 4 llawer iawn</translation>
    </message>
</context>
<context>
    <name>myfyrio::FailureFilterBox</name>
    <message>
        <source>All types</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <source>Show reflections placed with this reason for failure</source>
        <translation>Dangos myfyrdodau a osodwyd gyda&apos;r rheswm hwn dros fethiant</translation>
    </message>
    <message>
        <source>Show reflections placed with this type of failure</source>
        <translation>Dangos myfyrdodau a osodwyd gyda&apos;r math hwn o fethiant</translation>
    </message>
    <message>
        <source>All reasons</source>
        <extracomment>The first entry of the filter by reason for failure.</extracomment>
        <translation>Pob rheswm</translation>
    </message>
    <message>
        <source>Shows only the reflections placed on the spectrum with the reason you choose.</source>
        <translation>Yn dangos dim ond y myfyrdodau a osodwyd ar y sbectrwm gyda’r rheswm a ddewiswch.</translation>
    </message>
    <message>
        <source>Shows only the reflections placed on the spectrum with the type you choose.</source>
        <translation>Yn dangos dim ond y myfyrdodau a osodwyd ar y sbectrwm gyda’r math a ddewiswch.</translation>
    </message>
</context>
<context>
    <name>myfyrio::FailureInsight</name>
    <message>
        <source>You have not placed any events on the spectrum in this period.</source>
        <translation>Nid ydych wedi gosod unrhyw ddigwyddiadau ar y sbectrwm yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>You have placed only a few events in this period; a pattern will show as you place more.</source>
        <translation>Dim ond ychydig o ddigwyddiadau rydych wedi&apos;u gosod yn y cyfnod hwn; bydd patrwm yn dod i&apos;r golwg wrth i chi osod rhagor.</translation>
    </message>
    <message>
        <source>Most of the events you placed in this period sit at the blameworthy end: it is worth asking what in the system made each one likely.</source>
        <translation>Mae&apos;r rhan fwyaf o&apos;r digwyddiadau a osodwyd gennych yn y cyfnod hwn ar ben beius y sbectrwm: mae&apos;n werth gofyn beth yn y system a wnaeth bob un yn debygol.</translation>
    </message>
    <message>
        <source>Most of the events you placed in this period came from process and complexity, not from people.</source>
        <translation>Daeth y rhan fwyaf o&apos;r digwyddiadau a osodwyd gennych yn y cyfnod hwn o brosesau a chymhlethdod, nid o bobl.</translation>
    </message>
    <message>
        <source>Most of the events you placed in this period came from experiments: the kind of failure that teaches.</source>
        <translation>Daeth y rhan fwyaf o&apos;r digwyddiadau a osodwyd gennych yn y cyfnod hwn o arbrofion: y math o fethiant sy&apos;n dysgu rhywbeth i chi.</translation>
    </message>
    <message>
        <source>The events you placed in this period are spread across the spectrum, from people to process to experiments.</source>
        <translation>Mae&apos;r digwyddiadau a osodwyd gennych yn y cyfnod hwn wedi&apos;u gwasgaru ar draws y sbectrwm, o bobl i brosesau i arbrofion.</translation>
    </message>
</context>
<context>
    <name>myfyrio::FailurePlacementPanel</name>
    <message>
        <source>Learning from failure</source>
        <translation>Dysgu o fethiant</translation>
    </message>
    <message>
        <source>Where does this event sit among the reasons for failure? Point at or move to a reason to read what it means.</source>
        <translation>Ble mae&apos;r digwyddiad hwn yn perthyn ymhlith y rhesymau dros fethiant? Pwyntiwch at reswm neu symudwch ato i ddarllen beth mae&apos;n ei olygu.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Math o fethia&amp;nt:</translation>
    </message>
    <message>
        <source>What in the &amp;system made this likely?</source>
        <translation>Beth yn y &amp;system a wnaeth hyn yn debygol?</translation>
    </message>
    <message>
        <source>For example: the length of the shift, the caseload, a form that asks for the wrong thing, training that never came.</source>
        <translation>Er enghraifft: hyd y shifft, y llwyth achosion, ffurflen sy&apos;n gofyn am y peth anghywir, hyfforddiant na ddaeth erioed.</translation>
    </message>
    <message>
        <source>Clear placement</source>
        <translation>Clirio&apos;r lleoliad</translation>
    </message>
    <message>
        <source>Removes the blame answer, the reason, the type, the setting and the answer about the system from this reflection.</source>
        <translation>Yn tynnu&apos;r ateb am fai, y rheswm, y math, y sefyllfa a&apos;r ateb am y system oddi ar y myfyrdod hwn.</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <extracomment>The setting of an event has not been chosen.</extracomment>
        <translation>Heb ei dewis</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <extracomment>A type of failure in the list, marked as the one the chosen reason suggests.</extracomment>
        <translation>%1 (awgrymir)</translation>
    </message>
    <message>
        <source>Setti&amp;ng:</source>
        <translation>Sef&amp;yllfa:</translation>
    </message>
    <message>
        <source>Basic, complex or intelligent: suggested by the reason, and yours to change.</source>
        <translation>Sylfaenol, cymhleth neu ddeallus: wedi’i awgrymu gan y rheswm, a chi sy’n cael ei newid.</translation>
    </message>
    <message>
        <source>How familiar the setting of the event was.</source>
        <translation>Pa mor gyfarwydd oedd cyd-destun y digwyddiad.</translation>
    </message>
</context>
<context>
    <name>myfyrio::FailurePlacementStore</name>
    <message>
        <source>How much blame you felt must be a number from 0 (none) to 4 (a great deal), not %1.</source>
        <extracomment>%1 is the number that was given.</extracomment>
        <translation>Rhaid i faint o fai a deimloch fod yn rhif o 0 (dim) i 4 (llawer iawn), nid %1.</translation>
    </message>
    <message>
        <source>The reason for the failure is not one of the nine on the spectrum.</source>
        <translation>Nid yw&apos;r rheswm dros y methiant yn un o&apos;r naw ar y sbectrwm.</translation>
    </message>
    <message>
        <source>The journal holds a failure reason this version of Myfyrio does not know: “%1”.</source>
        <extracomment>%1 is the code of a failure reason as stored.</extracomment>
        <translation>Mae&apos;r dyddlyfr yn cynnwys rheswm dros fethiant nad yw&apos;r fersiwn hon o Myfyrio yn ei adnabod: “%1”.</translation>
    </message>
</context>
<context>
    <name>myfyrio::FailureSpectrum</name>
    <message>
        <source>Deviance</source>
        <translation>Gwyro&apos;n fwriadol</translation>
    </message>
    <message>
        <source>Someone chose to break a prescribed process or practice. Ask what made breaking it seem the better choice at the time.</source>
        <translation>Dewisodd rhywun dorri proses neu arfer rhagnodedig. Gofynnwch pam roedd torri&apos;r drefn yn ymddangos yn well dewis ar y pryd.</translation>
    </message>
    <message>
        <source>Inattention</source>
        <translation>Diffyg sylw</translation>
    </message>
    <message>
        <source>Someone drifted from what was intended without meaning to. Inattention at the end of an over-long shift points at whoever set the shift.</source>
        <translation>Crwydrodd rhywun oddi wrth yr hyn a fwriadwyd heb fwriadu gwneud hynny. Mae diffyg sylw ar ddiwedd shifft rhy hir yn pwyntio at bwy bynnag a drefnodd y shifft.</translation>
    </message>
    <message>
        <source>Lack of ability</source>
        <translation>Diffyg gallu</translation>
    </message>
    <message>
        <source>Someone did not have the skills, conditions or training the job needed. That says as much about how the work was set up as about the person.</source>
        <translation>Nid oedd gan rywun y sgiliau, yr amodau na&apos;r hyfforddiant yr oedd eu hangen ar y gwaith. Mae hynny&apos;n dweud cymaint am y ffordd y trefnwyd y gwaith ag am yr unigolyn.</translation>
    </message>
    <message>
        <source>Process inadequacy</source>
        <translation>Proses annigonol</translation>
    </message>
    <message>
        <source>A competent person followed a prescribed process that was faulty or incomplete.</source>
        <translation>Dilynodd person cymwys broses ragnodedig a oedd yn ddiffygiol neu&apos;n anghyflawn.</translation>
    </message>
    <message>
        <source>Task challenge</source>
        <translation>Her y dasg</translation>
    </message>
    <message>
        <source>The task was too hard to do reliably every time.</source>
        <translation>Roedd y dasg yn rhy anodd i&apos;w gwneud yn ddibynadwy bob tro.</translation>
    </message>
    <message>
        <source>Process complexity</source>
        <translation>Cymhlethdod y broses</translation>
    </message>
    <message>
        <source>A process with many parts broke down when those parts met in a way nobody had seen before.</source>
        <translation>Methodd proses â sawl rhan pan ddaeth y rhannau hynny at ei gilydd mewn ffordd nad oedd neb wedi&apos;i gweld o&apos;r blaen.</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Ansicrwydd</translation>
    </message>
    <message>
        <source>Nobody could see clearly what was coming, and reasonable actions led to a bad result.</source>
        <translation>Ni allai neb weld yn glir beth oedd i ddod, ac arweiniodd camau rhesymol at ganlyniad gwael.</translation>
    </message>
    <message>
        <source>Hypothesis testing</source>
        <translation>Profi rhagdybiaeth</translation>
    </message>
    <message>
        <source>An experiment meant to show that an idea works did not work.</source>
        <translation>Ni weithiodd arbrawf a oedd i fod i ddangos bod syniad yn gweithio.</translation>
    </message>
    <message>
        <source>Exploratory testing</source>
        <translation>Arbrofi archwiliadol</translation>
    </message>
    <message>
        <source>An experiment to learn about a possibility led to a result nobody wanted.</source>
        <translation>Arweiniodd arbrawf i ddysgu am bosibilrwydd at ganlyniad nad oedd neb ei eisiau.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Sylfaenol</translation>
    </message>
    <message>
        <source>Preventable, in known territory, usually with one cause.</source>
        <translation>Y gellir ei atal, mewn tir cyfarwydd, fel arfer ag un achos.</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>Cymhleth</translation>
    </message>
    <message>
        <source>Several causes together in a familiar setting, often with some bad luck.</source>
        <translation>Sawl achos gyda&apos;i gilydd mewn sefyllfa gyfarwydd, yn aml gydag ychydig o anlwc.</translation>
    </message>
    <message>
        <source>Intelligent</source>
        <translation>Deallus</translation>
    </message>
    <message>
        <source>An unwanted result of a thoughtful step into new territory, kept as small as possible.</source>
        <translation>Canlyniad digroeso i gam meddylgar i dir newydd, a gadwyd mor fach â phosibl.</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>Cyson</translation>
    </message>
    <message>
        <source>Familiar work, done the same way each time.</source>
        <translation>Gwaith cyfarwydd, a wneir yr un ffordd bob tro.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Amrywiol</translation>
    </message>
    <message>
        <source>Familiar work whose conditions change from day to day.</source>
        <translation>Gwaith cyfarwydd y mae ei amodau&apos;n newid o ddydd i ddydd.</translation>
    </message>
    <message>
        <source>Novel</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>New territory: nobody here has done this before.</source>
        <translation>Tir newydd: nid oes neb yma wedi gwneud hyn o&apos;r blaen.</translation>
    </message>
</context>
<context>
    <name>myfyrio::FolderMediaFiles</name>
    <message>
        <source>It could not be read: %1</source>
        <extracomment>%1 is the system&apos;s reason, such as “Permission denied”.</extracomment>
        <translation>Nid oedd modd ei darllen: %1</translation>
    </message>
</context>
<context>
    <name>myfyrio::GuardDialog</name>
    <message>
        <source>Before You Share This</source>
        <translation>Cyn i Chi Rannu Hyn</translation>
    </message>
    <message>
        <source>This report could identify someone. The confidentiality guard found these details (places in the report: %1):</source>
        <extracomment>%1 is a number of places in the report.</extracomment>
        <translation>Gallai&apos;r adroddiad hwn ddatgelu pwy yw rhywun. Daeth y gwarchodwr cyfrinachedd o hyd i&apos;r manylion hyn (mannau yn yr adroddiad: %1):</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>In the report</source>
        <translation>Yn yr adroddiad</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Newid am</translation>
    </message>
    <message>
        <source>What the guard found</source>
        <translation>Yr hyn a ganfu&apos;r gwarchodwr</translation>
    </message>
    <message>
        <source>Untick a detail that is not a problem, or change what it is replaced with (F2 or a double-click). To change the reflection itself, choose Go Back and Edit. If you share it as it is, the report says so on its first page.</source>
        <translation>Dad-diciwch fanylyn nad yw&apos;n broblem, neu newidiwch yr hyn a ddaw yn ei le (F2 neu glicio ddwywaith). I newid y myfyrdod ei hun, dewiswch Mynd yn Ôl a Golygu. Os rhannwch chi ef fel y mae, bydd yr adroddiad yn dweud hynny ar ei dudalen gyntaf.</translation>
    </message>
    <message>
        <source>&amp;Replace and Continue</source>
        <translation>&amp;Newid a Pharhau</translation>
    </message>
    <message>
        <source>&amp;Share As It Is</source>
        <translation>&amp;Rhannu Fel y Mae</translation>
    </message>
    <message>
        <source>&amp;Go Back and Edit</source>
        <translation>&amp;Mynd yn Ôl a Golygu</translation>
    </message>
    <message>
        <source>This file could identify someone. The confidentiality guard found these details (places in the file: %1):</source>
        <extracomment>%1 is a number of places in the file.</extracomment>
        <translation>Gallai&apos;r ffeil hon ddatgelu pwy yw rhywun. Daeth y gwarchodwr cyfrinachedd o hyd i&apos;r manylion hyn (mannau yn y ffeil: %1):</translation>
    </message>
    <message>
        <source>Signed text cannot be changed here. To take these details out, go back and edit a new draft of the agreement, or share the file as it is.</source>
        <translation>Does dim modd newid testun wedi&apos;i lofnodi yma. I dynnu&apos;r manylion hyn allan, ewch yn ôl a golygu drafft newydd o&apos;r cytundeb, neu rannu&apos;r ffeil fel y mae.</translation>
    </message>
</context>
<context>
    <name>myfyrio::GuideDialog</name>
    <message>
        <source>No page of the guide holds “%1”.</source>
        <extracomment>Shown under the guide&apos;s search box when no page holds the words; %1 is what was typed.</extracomment>
        <translation>Does dim tudalen yn y canllaw yn cynnwys “%1”.</translation>
    </message>
    <message>
        <source>Myfyrio Guide</source>
        <translation>Canllaw Myfyrio</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Chwilio’r canllaw</translation>
    </message>
    <message>
        <source>Shows only the pages that hold every word you type, and marks the words.</source>
        <translation>Yn dangos dim ond y tudalennau sy’n cynnwys pob gair a deipiwch, ac yn marcio’r geiriau.</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Tudalennau’r canllaw</translation>
    </message>
    <message>
        <source>Choose a page to read it.</source>
        <translation>Dewiswch dudalen i’w darllen.</translation>
    </message>
    <message>
        <source>The page of the guide you chose.</source>
        <translation>Y dudalen o’r canllaw a ddewisoch.</translation>
    </message>
</context>
<context>
    <name>myfyrio::GuidedAnswersPanel</name>
    <message>
        <source>Reflective &amp;model:</source>
        <translation>&amp;Model myfyriol:</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Rheoli modelau…</translation>
    </message>
    <message>
        <source>Don&apos;t resurface this reflection</source>
        <translation>Peidio â dangos y myfyrdod hwn eto</translation>
    </message>
    <message>
        <source>It will not appear in “On this day” or beside next year&apos;s annual review.</source>
        <translation>Ni fydd yn ymddangos yn “Ar y diwrnod hwn” nac wrth ochr adolygiad blynyddol y flwyddyn nesaf.</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Heb ddewis</translation>
    </message>
    <message>
        <source>%1 (your own)</source>
        <extracomment>%1 is the name of a reflective model.</extracomment>
        <translation>%1 (eich un chi)</translation>
    </message>
    <message>
        <source>Last time (%1)</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Y tro diwethaf (%1)</translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation>Atebion eraill</translation>
    </message>
    <message>
        <source>These answers belong to questions the chosen model does not ask. They are kept with the reflection; empty one to remove it.</source>
        <translation>Mae&apos;r atebion hyn yn perthyn i gwestiynau nad yw&apos;r model a ddewiswyd yn eu gofyn. Maen nhw&apos;n cael eu cadw gyda&apos;r myfyrdod; gwagiwch un i&apos;w dynnu.</translation>
    </message>
    <message>
        <source>This time</source>
        <translation>Y tro hwn</translation>
    </message>
    <message>
        <source>System s&amp;cale:</source>
        <translation>G&amp;raddfa&apos;r system:</translation>
    </message>
    <message>
        <source>Guided writing</source>
        <translation>Ysgrifennu dan arweiniad</translation>
    </message>
    <message>
        <source>The model whose prompts guide this reflection. No answer is lost when you change it.</source>
        <translation>Y model y mae ei gwestiynau’n arwain y myfyrdod hwn. Does dim ateb yn cael ei golli pan fyddwch yn ei newid.</translation>
    </message>
    <message>
        <source>Create, edit, copy and delete your own reflective models.</source>
        <translation>Creu, golygu, copïo a dileu eich modelau myfyriol eich hun.</translation>
    </message>
    <message>
        <source>The scale of the system the reflection is about; the prompts change with it.</source>
        <translation>Graddfa’r system y mae’r myfyrdod yn sôn amdani; mae’r cwestiynau’n newid gyda hi.</translation>
    </message>
</context>
<context>
    <name>myfyrio::HistoryPanel</name>
    <message>
        <source>Version %1 (signed, %2)</source>
        <extracomment>A version in the comparison choices: &quot;Version 2 (signed, 7F3A-91C2-04BD-E5A8)&quot;.</extracomment>
        <translation>Fersiwn %1 (wedi&apos;i llofnodi, %2)</translation>
    </message>
    <message>
        <source>Version %1 (draft)</source>
        <extracomment>%1 is a version number. Glossary: &quot;fersiwn&quot; is feminine: &quot;y fersiwn hon&quot;, &quot;ei llofnodi&quot;. Register: formal written Welsh throughout (&quot;Nid oes&quot;, &quot;Nid oedd modd&quot;, not &quot;Does&quot;, &quot;Doedd&quot;).</extracomment>
        <translation>Fersiwn %1 (drafft)</translation>
    </message>
    <message>
        <source>Versions, oldest first. Double-click one to compare it with the one before.</source>
        <translation>Fersiynau, yr hynaf yn gyntaf. Cliciwch ddwywaith ar un i&apos;w chymharu â&apos;r un cynt.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Llofnodion</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Cymharu</translation>
    </message>
    <message>
        <source>with</source>
        <translation>â</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>Yn y testun</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Ochr yn ochr</translation>
    </message>
    <message>
        <source>Changed sections only</source>
        <translation>Adrannau a newidiwyd yn unig</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <extracomment>Who signed and when: &quot;Siân Llewelyn (Supervisor), 1 March 2024&quot;.</extracomment>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Wedi&apos;i llofnodi</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Signed, from the other copy</source>
        <translation>Wedi&apos;i llofnodi, o&apos;r copi arall</translation>
    </message>
    <message>
        <source>Draft from the other copy, to settle</source>
        <translation>Drafft o&apos;r copi arall, i&apos;w setlo</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is a version number.</extracomment>
        <translation>Fersiwn %1</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Heb ei llofnodi eto</translation>
    </message>
    <message>
        <source>There is nothing to compare yet.</source>
        <translation>Nid oes dim i&apos;w gymharu eto.</translation>
    </message>
</context>
<context>
    <name>myfyrio::ImportActions</name>
    <message>
        <source>Im&amp;port</source>
        <translation>Mewn&amp;forio</translation>
    </message>
    <message>
        <source>From &amp;RedNotebook…</source>
        <translation>O &amp;RedNotebook…</translation>
    </message>
    <message>
        <source>Import the entries of a RedNotebook journal folder.</source>
        <translation>Mewnforio cofnodion ffolder dyddlyfr RedNotebook.</translation>
    </message>
    <message>
        <source>From &amp;Day One…</source>
        <translation>O &amp;Day One…</translation>
    </message>
    <message>
        <source>Import a Day One JSON export (.zip or Journal.json).</source>
        <translation>Mewnforio allforiad JSON Day One (.zip neu Journal.json).</translation>
    </message>
    <message>
        <source>From &amp;jrnl…</source>
        <translation>O &amp;jrnl…</translation>
    </message>
    <message>
        <source>Import a jrnl JSON export.</source>
        <translation>Mewnforio allforiad JSON jrnl.</translation>
    </message>
    <message>
        <source>From &amp;Markdown Folder…</source>
        <translation>O &amp;Ffolder Markdown…</translation>
    </message>
    <message>
        <source>Import a folder of Markdown notes, such as an Obsidian vault.</source>
        <translation>Mewnforio ffolder o nodiadau Markdown, fel claddgell Obsidian.</translation>
    </message>
    <message>
        <source>Day One exports (*.zip *.json)</source>
        <translation>Allforion Day One (*.zip *.json)</translation>
    </message>
    <message>
        <source>jrnl exports (*.json)</source>
        <translation>Allforion jrnl (*.json)</translation>
    </message>
</context>
<context>
    <name>myfyrio::ImportDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Yn diddymu…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Beth fydd yn cael ei fewnforio</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation>Cynnydd y mewnforio</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Yn darllen…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Yn mewnforio…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>%1 is the file or folder being imported.</extracomment>
        <translation>Ffynhonnell: %1</translation>
    </message>
</context>
<context>
    <name>myfyrio::ImportPreviewText</name>
    <message>
        <source>Import from RedNotebook</source>
        <translation>Mewnforio o RedNotebook</translation>
    </message>
    <message>
        <source>Import from Day One</source>
        <translation>Mewnforio o Day One</translation>
    </message>
    <message>
        <source>Import from jrnl</source>
        <translation>Mewnforio o jrnl</translation>
    </message>
    <message>
        <source>Import a Markdown Folder</source>
        <translation>Mewnforio Ffolder Markdown</translation>
    </message>
    <message>
        <source>Entries found: %1</source>
        <extracomment>%1 is a number of entries.</extracomment>
        <translation>Cofnodion a ganfuwyd: %1</translation>
    </message>
    <message>
        <source>New to the journal: %1</source>
        <extracomment>%1 is a number of entries.</extracomment>
        <translation>Newydd i&apos;r dyddlyfr: %1</translation>
    </message>
    <message>
        <source>Already in the journal: %1</source>
        <extracomment>%1 is a number of entries.</extracomment>
        <translation>Eisoes yn y dyddlyfr: %1</translation>
    </message>
    <message>
        <source>First entry: %1</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Y cofnod cyntaf: %1</translation>
    </message>
    <message>
        <source>Last entry: %1</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Y cofnod olaf: %1</translation>
    </message>
    <message>
        <source>Entries in Welsh: %1</source>
        <extracomment>%1 is a number of entries.</extracomment>
        <translation>Cofnodion yn Gymraeg: %1</translation>
    </message>
    <message>
        <source>Entries in English: %1</source>
        <extracomment>%1 is a number of entries.</extracomment>
        <translation>Cofnodion yn Saesneg: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tag and how many entries have it: %1 is the tag, %2 the number.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <extracomment>%1 is a list of tags, separated by commas.</extracomment>
        <translation>Tagiau: %1</translation>
    </message>
    <message>
        <source>Some of the titles:</source>
        <translation>Rhai o&apos;r teitlau:</translation>
    </message>
    <message>
        <source>Will be skipped: %1</source>
        <extracomment>%1 is a number of files or entries.</extracomment>
        <translation>Yn cael eu hepgor: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One skipped file, entry or photo: %1 says which, %2 why.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Da gwybod:</translation>
    </message>
    <message>
        <source>There is nothing new to import: the journal has every entry already.</source>
        <translation>Nid oes dim byd newydd i&apos;w fewnforio: mae pob cofnod yn y dyddlyfr eisoes.</translation>
    </message>
    <message>
        <source>A backup of the journal is made before anything is imported.</source>
        <translation>Gwneir copi wrth gefn o&apos;r dyddlyfr cyn mewnforio dim.</translation>
    </message>
    <message>
        <source>A backup of the journal was made first: %1</source>
        <extracomment>%1 is the path of the copy of the journal.</extracomment>
        <translation>Gwnaed copi wrth gefn o&apos;r dyddlyfr yn gyntaf: %1</translation>
    </message>
    <message>
        <source>Photos and other files that will be attached: %1</source>
        <extracomment>%1 is how many photos, PDFs and other files of the new entries will be attached to them.</extracomment>
        <translation>Lluniau a ffeiliau eraill a fydd yn cael eu hatodi: %1</translation>
    </message>
    <message>
        <source>Photos and other files that will be left out: %1</source>
        <extracomment>%1 is how many photos and other files of the new entries cannot be attached; each is listed with why.</extracomment>
        <translation>Lluniau a ffeiliau eraill a fydd yn cael eu gadael allan: %1</translation>
    </message>
    <message>
        <source>and more: %1</source>
        <extracomment>%1 is how many more files will be left out than are named above.</extracomment>
        <translation>a rhagor: %1</translation>
    </message>
</context>
<context>
    <name>myfyrio::ImportProgress</name>
    <message>
        <source>The import was cancelled. Nothing in the journal was changed.</source>
        <translation>Diddymwyd y mewnforio. Ni newidiwyd dim yn y dyddlyfr.</translation>
    </message>
</context>
<context>
    <name>myfyrio::ImportSummary</name>
    <message>
        <source>and more: %1</source>
        <extracomment>%1 is how many more files were left out than are named above.</extracomment>
        <translation>a rhagor: %1</translation>
    </message>
    <message>
        <source>Nothing was changed: this was a dry run.</source>
        <translation>Ni newidiwyd dim: rhediad prawf oedd hwn.</translation>
    </message>
    <message>
        <source>Entries that would be added: %1</source>
        <extracomment>%1 is a number of entries.</extracomment>
        <translation>Cofnodion a fyddai&apos;n cael eu hychwanegu: %1</translation>
    </message>
    <message>
        <source>Entries added: %1</source>
        <extracomment>%1 is a number of entries.</extracomment>
        <translation>Cofnodion a ychwanegwyd: %1</translation>
    </message>
    <message>
        <source>Entries already in the journal: %1</source>
        <extracomment>%1 is a number of entries.</extracomment>
        <translation>Cofnodion sydd eisoes yn y dyddlyfr: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <extracomment>%1 is a number of files or entries.</extracomment>
        <translation>Wedi&apos;u hepgor: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One skipped file, entry or photo: %1 says which, %2 why.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Photos and other files that would be attached: %1</source>
        <extracomment>%1 is how many photos, PDFs and other files of the entries would be attached to them.</extracomment>
        <translation>Lluniau a ffeiliau eraill a fyddai&apos;n cael eu hatodi: %1</translation>
    </message>
    <message>
        <source>Photos and other files attached: %1</source>
        <extracomment>%1 is how many photos, PDFs and other files of the entries were attached to them.</extracomment>
        <translation>Lluniau a ffeiliau eraill a atodwyd: %1</translation>
    </message>
    <message>
        <source>Photos and other files left out: %1</source>
        <extracomment>%1 is how many photos and other files of the entries were not attached; each is listed below with why.</extracomment>
        <translation>Lluniau a ffeiliau eraill a adawyd allan: %1</translation>
    </message>
</context>
<context>
    <name>myfyrio::ImportText</name>
    <message>
        <source>There is no file “%1”.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Nid oes ffeil “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Nid ffeil yw “%1”.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB, larger than the %3 MB Myfyrio reads from one file.</source>
        <extracomment>%1 is a file name, %2 its size in megabytes, %3 the largest size read, in megabytes.</extracomment>
        <translation>Maint “%1” yw %2 MB, sy&apos;n fwy na&apos;r %3 MB y mae Myfyrio yn eu darllen o un ffeil.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason.</extracomment>
        <translation>Nid oedd modd darllen “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than the %2 MB Myfyrio reads from one file.</source>
        <extracomment>%1 is a file name, %2 the largest size read, in megabytes.</extracomment>
        <translation>Mae “%1” yn fwy na&apos;r %2 MB y mae Myfyrio yn eu darllen o un ffeil.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text: line %2 has bytes that are not letters in UTF-8.</source>
        <extracomment>%1 is a file name, %2 a line number.</extracomment>
        <translation>Nid testun UTF-8 yw “%1”: mae gan linell %2 feitiau nad ydynt yn llythrennau UTF-8.</translation>
    </message>
    <message>
        <source>The entry is longer than %1 characters, more than Myfyrio keeps in one reflection.</source>
        <extracomment>%1 is the largest number of characters one entry may have.</extracomment>
        <translation>Mae&apos;r cofnod yn hirach na %1 nod, sy&apos;n fwy nag y mae Myfyrio yn ei gadw mewn un myfyrdod.</translation>
    </message>
    <message>
        <source>starred</source>
        <extracomment>The tag given to imported entries that Day One or jrnl marked with a star.</extracomment>
        <translation>â seren</translation>
    </message>
    <message>
        <source>“%1” is nested too deeply to read, at line %2.</source>
        <extracomment>%1 is a file name, %2 a line number.</extracomment>
        <translation>Mae “%1” wedi&apos;i nythu&apos;n rhy ddwfn i&apos;w ddarllen, yn llinell %2.</translation>
    </message>
    <message>
        <source>“%1” ends before its JSON is complete: the file may have been cut short.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Mae “%1” yn dod i ben cyn i&apos;w JSON fod yn gyflawn: efallai fod y ffeil wedi&apos;i thorri&apos;n fyr.</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: the problem is at line %2.</source>
        <extracomment>%1 is a file name, %2 a line number.</extracomment>
        <translation>Nid yw “%1” yn JSON dilys: mae&apos;r broblem yn llinell %2.</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <extracomment>Which entry of an exported file something is: %1 is the file&apos;s name, %2 the entry&apos;s number from 1.</extracomment>
        <translation>%1, cofnod %2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where something is in a file: %1 is the file&apos;s name, %2 a line number.</extracomment>
        <translation>%1, llinell %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A photo or other file of an imported entry: %1 is its path in the export, %2 says which entry.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The export does not hold this file.</source>
        <translation>Nid yw&apos;r ffeil hon yn yr allforiad.</translation>
    </message>
    <message>
        <source>It is a symbolic link, which Myfyrio does not follow.</source>
        <translation>Dolen symbolaidd yw hon, ac nid yw Myfyrio yn ei dilyn.</translation>
    </message>
    <message>
        <source>It is not a plain file, so Myfyrio did not read it.</source>
        <translation>Nid yw&apos;n ffeil gyffredin, felly ni wnaeth Myfyrio ei darllen.</translation>
    </message>
</context>
<context>
    <name>myfyrio::ImportWriter</name>
    <message>
        <source>Nothing was imported, because “%1” could not be stored: %2</source>
        <extracomment>%1 says which entry (file and line) or which of its photos, %2 why it could not be stored.</extracomment>
        <translation>Ni fewnforiwyd dim, oherwydd nid oedd modd cadw “%1”: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <extracomment>%1 is why the import could not be kept.</extracomment>
        <translation>Ni fewnforiwyd dim: %1</translation>
    </message>
</context>
<context>
    <name>myfyrio::InsightView</name>
    <message>
        <source>Insight</source>
        <translation>Mewnwelediad</translation>
    </message>
    <message>
        <source>Learning from failure</source>
        <translation>Dysgu o fethiant</translation>
    </message>
    <message>
        <source>Events placed on the spectrum in this period: %1</source>
        <extracomment>%1 is a number.</extracomment>
        <translation>Digwyddiadau a osodwyd ar y sbectrwm yn y cyfnod hwn: %1</translation>
    </message>
    <message>
        <source>Events by reason for failure</source>
        <translation>Digwyddiadau yn ôl rheswm dros fethiant</translation>
    </message>
    <message>
        <source>Events by type, month by month</source>
        <translation>Digwyddiadau yn ôl math, fis wrth fis</translation>
    </message>
    <message>
        <source>Mean blame felt, by reason</source>
        <translation>Cyfartaledd y bai a deimlwyd, yn ôl rheswm</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a label from elsewhere in the interface, already translated; %2 is a number.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The reasons run from blameworthy at the top to praiseworthy at the bottom. A reason with no bar for blame has no answer about blame in this period.</source>
        <translation>Mae&apos;r rhesymau&apos;n mynd o&apos;r beius ar y brig i&apos;r canmoladwy ar y gwaelod. Nid oes ateb am fai yn y cyfnod hwn ar gyfer rheswm heb far yn siart y bai.</translation>
    </message>
    <message>
        <source>The charts and the summary; the arrow keys scroll.</source>
        <translation>Y siartiau a’r crynodeb; mae’r bysellau saeth yn sgrolio.</translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalCheck</name>
    <message>
        <source>The search index of the journal was damaged and has been rebuilt from your reflections. Your reflections themselves were not affected.</source>
        <translation>Roedd mynegai chwilio’r dyddlyfr wedi’i ddifrodi ac mae wedi’i ailadeiladu o’ch myfyrdodau. Ni effeithiwyd ar eich myfyrdodau eu hunain.</translation>
    </message>
    <message>
        <source>Its check found problems in how the file is stored, so parts of it cannot be read.</source>
        <translation>Cafodd ei wiriad broblemau yn y ffordd y mae’r ffeil wedi’i chadw, felly does dim modd darllen rhannau ohoni.</translation>
    </message>
    <message>
        <source>Its search index is damaged and could not be rebuilt.</source>
        <translation>Mae ei fynegai chwilio wedi’i ddifrodi a doedd dim modd ei ailadeiladu.</translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalCopyBackup</name>
    <message>
        <source>No backup was made, so nothing was imported: %1</source>
        <extracomment>%1 is why the copy could not be made.</extracomment>
        <translation>Ni wnaed copi wrth gefn, felly ni fewnforiwyd dim: %1</translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalDelegate</name>
    <message>
        <source>For supervision</source>
        <extracomment>Shown in the journal list on reflections marked to bring to supervision.</extracomment>
        <translation>Ar gyfer goruchwyliaeth</translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalFile</name>
    <message>
        <source>The folder “%1” could not be created.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Nid oedd modd creu&apos;r ffolder “%1”.</translation>
    </message>
    <message>
        <source>The journal “%1” could not be created: %2</source>
        <extracomment>%1 is a file path; %2 is a sentence saying what went wrong.</extracomment>
        <translation>Nid oedd modd creu&apos;r dyddlyfr “%1”: %2</translation>
    </message>
    <message>
        <source>The journal “%1” could not be made private to you.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Nid oedd modd gwneud y dyddlyfr “%1” yn breifat i chi.</translation>
    </message>
    <message>
        <source>“%1” is not a Myfyrio journal (it is not an SQLite database). It has been left untouched.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Nid yw “%1” yn ddyddlyfr Myfyrio (nid yw&apos;n gronfa ddata SQLite). Mae wedi&apos;i adael heb ei gyffwrdd.</translation>
    </message>
    <message>
        <source>“%1” is a database that belongs to another program, not a Myfyrio journal. It has been left untouched.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Mae “%1” yn gronfa ddata sy&apos;n perthyn i raglen arall, nid yn ddyddlyfr Myfyrio. Mae wedi&apos;i adael heb ei gyffwrdd.</translation>
    </message>
    <message>
        <source>The journal “%1” was made by a newer version of Myfyrio. Update Myfyrio to open it; the file has been left untouched.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Cafodd y dyddlyfr “%1” ei wneud gan fersiwn mwy newydd o Myfyrio. Diweddarwch Myfyrio i&apos;w agor; mae&apos;r ffeil wedi&apos;i gadael heb ei chyffwrdd.</translation>
    </message>
    <message>
        <source>No journal file was given.</source>
        <translation>Ni roddwyd ffeil dyddlyfr.</translation>
    </message>
    <message>
        <source>There is no journal at “%1”.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Does dim dyddlyfr yn “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Nid yw “%1” yn ffeil.</translation>
    </message>
    <message>
        <source>The journal “%1” is damaged and cannot be opened. It has been left untouched.
%2</source>
        <extracomment>%1 is the journal&apos;s file name; %2 is a sentence saying what is wrong with it.</extracomment>
        <translation>Mae’r dyddlyfr “%1” wedi’i ddifrodi ac nid oes modd ei agor. Mae wedi’i adael heb ei gyffwrdd.
%2</translation>
    </message>
    <message>
        <source>Its check found problems in how the file is stored.</source>
        <translation>Cafodd ei wiriad broblemau yn y ffordd y mae’r ffeil wedi’i chadw.</translation>
    </message>
    <message>
        <source>The journal “%1” is locked by another program that is using it. Close that program and try again; the journal has been left untouched.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Mae’r dyddlyfr “%1” wedi’i gloi gan raglen arall sy’n ei ddefnyddio. Caewch y rhaglen honno a rhoi cynnig arall arni; mae’r dyddlyfr wedi’i adael heb ei gyffwrdd.</translation>
    </message>
    <message>
        <source>The journal “%1” could not be read: you are not allowed to open it, or it is no longer there.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Doedd dim modd darllen y dyddlyfr “%1”: does dim hawl gennych i’w agor, neu nid yw yno mwyach.</translation>
    </message>
    <message>
        <source>The journal “%1” has to be upgraded for this version of Myfyrio, but it is read-only. Allow writing to the file and its folder, then open it again; it has been left untouched.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Rhaid diweddaru’r dyddlyfr “%1” ar gyfer y fersiwn hwn o Myfyrio, ond mae’n ddarllen-yn-unig. Caniatewch ysgrifennu i’r ffeil a’i ffolder, yna agorwch ef eto; mae wedi’i adael heb ei gyffwrdd.</translation>
    </message>
    <message>
        <source>The journal “%1” could not be opened because the disk is full. Free some space and try again.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Doedd dim modd agor y dyddlyfr “%1” oherwydd bod y ddisg yn llawn. Rhyddhewch ychydig o le a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The journal “%1” could not be opened. %2</source>
        <extracomment>%1 is the journal&apos;s file name; %2 is a sentence saying why it could not be opened.</extracomment>
        <translation>Doedd dim modd agor y dyddlyfr “%1”. %2</translation>
    </message>
    <message>
        <source>It is shorter than it should be: it may have been cut off while it was being copied or saved.</source>
        <translation>Mae’n fyrrach nag y dylai fod: efallai iddo gael ei dorri’n fyr wrth gael ei gopïo neu ei gadw.</translation>
    </message>
    <message>
        <source>The list of what it holds cannot be read.</source>
        <translation>Does dim modd darllen y rhestr o’r hyn sydd ynddo.</translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalFileMenu</name>
    <message>
        <source>New &amp;Journal…</source>
        <translation>Dyddl&amp;yfr Newydd…</translation>
    </message>
    <message>
        <source>Start a new, empty journal in a file of its own.</source>
        <translation>Dechrau dyddlyfr newydd, gwag mewn ffeil ei hun.</translation>
    </message>
    <message>
        <source>&amp;Open Journal…</source>
        <translation>Ag&amp;or Dyddlyfr…</translation>
    </message>
    <message>
        <source>Open another journal file.</source>
        <translation>Agor ffeil dyddlyfr arall.</translation>
    </message>
    <message>
        <source>No other journals opened lately</source>
        <translation>Dim dyddlyfrau eraill wedi’u hagor yn ddiweddar</translation>
    </message>
    <message>
        <source>New Journal</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Dyddlyfr Newydd</translation>
    </message>
    <message>
        <source>journal.sqlite</source>
        <translation>dyddlyfr.sqlite</translation>
    </message>
    <message>
        <source>Myfyrio journals (*.sqlite);;All files (*)</source>
        <translation>Dyddlyfrau Myfyrio (*.sqlite);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>There is already a file called “%1”. Myfyrio never writes over a file; choose another name for the new journal.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Mae ffeil o’r enw “%1” yno’n barod. Nid yw Myfyrio byth yn ysgrifennu dros ffeil; dewiswch enw arall ar gyfer y dyddlyfr newydd.</translation>
    </message>
    <message>
        <source>Open Journal</source>
        <translation>Agor Dyddlyfr</translation>
    </message>
    <message>
        <source>Open Rec&amp;ent</source>
        <translation>Agor Di&amp;weddar</translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalModel</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A month heading in the journal list: %1 is the month&apos;s name, %2 the year.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>Myfyrdodau: %n</numerusform>
            <numerusform>Myfyrdodau: %n</numerusform>
            <numerusform>Myfyrdodau: %n</numerusform>
            <numerusform>Myfyrdodau: %n</numerusform>
            <numerusform>Myfyrdodau: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled reflection</source>
        <translation>Myfyrdod heb deitl</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Myfyrdodau</translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalOpener</name>
    <message>
        <source>Journal Already Open</source>
        <extracomment>%1 is the journal&apos;s file name.</extracomment>
        <translation>Mae’r Dyddlyfr ar Agor yn Barod</translation>
    </message>
    <message>
        <source>The journal “%1” is open in another Myfyrio window.</source>
        <extracomment>%1 is the path of the journal file.</extracomment>
        <translation>Mae’r dyddlyfr “%1” ar agor mewn ffenestr Myfyrio arall.</translation>
    </message>
    <message>
        <source>Only one window can change a journal at a time. Show that window, or open the journal here read-only: you can read it here, but not change it.</source>
        <translation>Dim ond un ffenestr all newid dyddlyfr ar y tro. Dangoswch y ffenestr honno, neu agorwch y dyddlyfr yma i’w ddarllen yn unig: gallwch ei ddarllen yma, ond nid ei newid.</translation>
    </message>
    <message>
        <source>Show That Window</source>
        <translation>Dangos y Ffenestr Honno</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Agor i’w Ddarllen yn Unig</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>The other window did not answer, so the journal opens here read-only.</source>
        <translation>Ni atebodd y ffenestr arall, felly mae’r dyddlyfr yn agor yma i’w ddarllen yn unig.</translation>
    </message>
    <message>
        <source>The journal %1 could not be opened.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Doedd dim modd agor y dyddlyfr %1.</translation>
    </message>
    <message>
        <source>The file has been left as it is.</source>
        <translation>Mae&apos;r ffeil wedi&apos;i gadael fel y mae.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Rhoi Cynnig Arall Arni</translation>
    </message>
    <message>
        <source>Choose Another Journal…</source>
        <translation>Dewis Dyddlyfr Arall…</translation>
    </message>
    <message>
        <source>Choose a Journal</source>
        <translation>Dewis Dyddlyfr</translation>
    </message>
    <message>
        <source>Myfyrio journals (*.sqlite);;All files (*)</source>
        <translation>Dyddlyfrau Myfyrio (*.sqlite);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Adfer o Gopi wrth Gefn</translation>
    </message>
    <message>
        <source>The backup made %1 is now your journal. The damaged journal is kept as “%2”.</source>
        <extracomment>%1 is when the backup was made; %2 the new name of the damaged journal file.</extracomment>
        <translation>Y copi wrth gefn (gwnaed: %1) yw eich dyddlyfr nawr. Mae’r dyddlyfr sydd wedi’i ddifrodi wedi’i gadw fel “%2”.</translation>
    </message>
    <message>
        <source>Salvage</source>
        <translation>Achub</translation>
    </message>
    <message>
        <source>What could still be read is now in a new journal in its place.</source>
        <translation>Mae’r hyn y gellid ei ddarllen o hyd mewn dyddlyfr newydd yn ei le nawr.</translation>
    </message>
    <message>
        <source>The damaged journal is kept as “%1”.</source>
        <extracomment>%1 is the file name the damaged journal is kept under.</extracomment>
        <translation>Mae’r dyddlyfr sydd wedi’i ddifrodi wedi’i gadw fel “%1”.</translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalOpening</name>
    <message>
        <source>Other people on this computer could read the journal file. It is now private to you.</source>
        <translation>Roedd pobl eraill ar y cyfrifiadur hwn yn gallu darllen ffeil y dyddlyfr. Mae’n breifat i chi nawr.</translation>
    </message>
    <message>
        <source>There is no journal at “%1”.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid oes dyddlyfr yn “%1”.</translation>
    </message>
    <message>
        <source>The journal “%1” could not be read.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Nid oedd modd darllen y dyddlyfr “%1”.</translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalPanel</name>
    <message>
        <source>Search reflections</source>
        <translation>Chwilio&apos;r myfyrdodau</translation>
    </message>
    <message>
        <source>Show reflections with this tag</source>
        <translation>Dangos myfyrdodau â&apos;r tag hwn</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Pob tag</translation>
    </message>
    <message>
        <source>Reflections by month</source>
        <translation>Myfyrdodau fesul mis</translation>
    </message>
    <message>
        <source>No reflections match your search.</source>
        <translation>Nid oes myfyrdodau&apos;n cyfateb i&apos;ch chwiliad.</translation>
    </message>
    <message>
        <source>Shows only the reflections that carry the tag you choose.</source>
        <translation>Yn dangos dim ond y myfyrdodau sydd â’r tag a ddewiswch.</translation>
    </message>
    <message>
        <source>Your reflections, newest first. The arrow keys move; Enter opens one.</source>
        <translation>Eich myfyrdodau, y diweddaraf yn gyntaf. Mae’r bysellau saeth yn symud; mae Enter yn agor un.</translation>
    </message>
    <message>
        <source>words &quot;a phrase&quot; OR -word tag: lang:</source>
        <extracomment>The hint in the empty search box, which has room for about 40 letters; the tooltip gives the whole syntax. The Welsh keys (NEU, iaith:) work as well.</extracomment>
        <translation>geiriau &quot;ymadrodd&quot; NEU -gair tag: iaith:</translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalRescue</name>
    <message>
        <source>The damaged journal could not be kept aside: there is no free name for it.</source>
        <translation>Doedd dim modd cadw’r dyddlyfr sydd wedi’i ddifrodi o’r neilltu: does dim enw rhydd ar ei gyfer.</translation>
    </message>
    <message>
        <source>The damaged journal could not be renamed to “%1”, so nothing was changed.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Doedd dim modd ailenwi’r dyddlyfr sydd wedi’i ddifrodi yn “%1”, felly ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The backup was not restored. %1</source>
        <extracomment>%1 is a sentence saying what went wrong.</extracomment>
        <translation>Ni adferwyd y copi wrth gefn. %1</translation>
    </message>
    <message>
        <source>The backup could not be put in place of the journal. The damaged journal is kept as “%1”.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Doedd dim modd rhoi’r copi wrth gefn yn lle’r dyddlyfr. Mae’r dyddlyfr sydd wedi’i ddifrodi wedi’i gadw fel “%1”.</translation>
    </message>
    <message>
        <source>The salvaged journal could not be put in place. The damaged journal is kept as “%1”.</source>
        <extracomment>%1 is a file or folder path.</extracomment>
        <translation>Doedd dim modd rhoi’r dyddlyfr a achubwyd yn ei le. Mae’r dyddlyfr sydd wedi’i ddifrodi wedi’i gadw fel “%1”.</translation>
    </message>
    <message>
        <source>Recovered: reflections %L1, tags %L2, guided answers %L3, actions %L4, agreements %L5, sessions %L6.</source>
        <extracomment>A list of what a salvage recovered; each %L is a number.</extracomment>
        <translation>Wedi’u hachub: myfyrdodau %L1, tagiau %L2, atebion dan arweiniad %L3, camau gweithredu %L4, cytundebau %L5, sesiynau %L6.</translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalSalvage</name>
    <message>
        <source>Nothing could be read from the damaged journal.</source>
        <translation>Doedd dim modd darllen dim o’r dyddlyfr sydd wedi’i ddifrodi.</translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalSession</name>
    <message>
        <source>%1 — read-only</source>
        <extracomment>The window title of a journal that cannot be changed here; %1 is its file name.</extracomment>
        <translation>%1 — darllen yn unig</translation>
    </message>
    <message>
        <source>Search Index Rebuilt</source>
        <translation>Mynegai Chwilio wedi’i Ailadeiladu</translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalTables</name>
    <message>
        <source>The shape of a new journal could not be worked out.</source>
        <translation>Nid oedd modd canfod siâp dyddlyfr newydd.</translation>
    </message>
</context>
<context>
    <name>myfyrio::JournalView</name>
    <message>
        <source>Choose a reflection from the list, or start a new one.</source>
        <translation>Dewiswch fyfyrdod o&apos;r rhestr, neu dechreuwch un newydd.</translation>
    </message>
    <message>
        <source>Untitled reflection</source>
        <translation>Myfyrdod heb deitl</translation>
    </message>
    <message>
        <source>New Reflection</source>
        <translation>Myfyrdod Newydd</translation>
    </message>
    <message>
        <source>U&amp;ndo Delete</source>
        <extracomment>In the Edit menu: puts back the reflection just moved to the trash.</extracomment>
        <translation>Dadwneud y Di&amp;leu</translation>
    </message>
    <message>
        <source>“%1” was not moved to the trash, because its latest changes could not be saved. %2</source>
        <extracomment>%1 is the reflection&apos;s title, %2 why its changes could not be saved (a sentence).</extracomment>
        <translation>Ni symudwyd “%1” i&apos;r sbwriel, oherwydd nad oedd modd cadw&apos;r newidiadau diweddaraf. %2</translation>
    </message>
    <message>
        <source>“%1” was moved to the trash.</source>
        <extracomment>%1 is the reflection&apos;s title.</extracomment>
        <translation>Symudwyd “%1” i&apos;r sbwriel.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>The button beside &quot;… was moved to the trash&quot;: puts it back.</extracomment>
        <translation>Dadwne&amp;ud</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Symud i&apos;r Sbwriel</translation>
    </message>
</context>
<context>
    <name>myfyrio::JrnlSource</name>
    <message>
        <source>“%1” is a folder. Choose the file jrnl wrote with “jrnl --export json”.</source>
        <extracomment>%1 is a folder&apos;s path.</extracomment>
        <translation>Ffolder yw “%1”. Dewiswch y ffeil a ysgrifennodd jrnl gyda “jrnl --export json”.</translation>
    </message>
    <message>
        <source>“%1” is not a jrnl export: it has no list of entries. Make one with “jrnl --export json”.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Nid allforiad jrnl yw “%1”: nid oes ganddo restr o gofnodion. Gwnewch un gyda “jrnl --export json”.</translation>
    </message>
    <message>
        <source>“%1” is not a jrnl export: its entries have no date and title. Make one with “jrnl --export json”.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Nid allforiad jrnl yw “%1”: nid oes dyddiad a theitl gan ei gofnodion. Gwnewch un gyda “jrnl --export json”.</translation>
    </message>
    <message>
        <source>The entry is not in jrnl&apos;s form.</source>
        <translation>Nid yw&apos;r cofnod ar ffurf jrnl.</translation>
    </message>
    <message>
        <source>“%1” is not a date of the form YYYY-MM-DD.</source>
        <extracomment>%1 is what the file gives as the entry&apos;s date.</extracomment>
        <translation>Dyddlyfr</translation>
    </message>
</context>
<context>
    <name>myfyrio::MainWindow</name>
    <message>
        <source>Journal</source>
        <translation>Dyddlyfr</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Gol&amp;wg</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;New Reflection</source>
        <translation>Myfyrdod &amp;Newydd</translation>
    </message>
    <message>
        <source>Start a new reflection dated today.</source>
        <translation>Dechrau myfyrdod newydd gyda dyddiad heddiw.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ga&amp;dael</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Canfod…</translation>
    </message>
    <message>
        <source>Search your reflections.</source>
        <translation>Chwilio&apos;ch myfyrdodau.</translation>
    </message>
    <message>
        <source>&amp;About Myfyrio</source>
        <translation>&amp;Ynghylch Myfyrio</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Golygon</translation>
    </message>
    <message>
        <source>Close Myfyrio</source>
        <translation>Cau Myfyrio</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved.</source>
        <translation>Nid oedd modd cadw&apos;ch newidiadau diweddaraf.</translation>
    </message>
    <message>
        <source>%1

If you close now, those changes will be lost.</source>
        <extracomment>%1 is why, one or more sentences.</extracomment>
        <translation>%1

Os byddwch chi&apos;n cau nawr, bydd y newidiadau hynny&apos;n cael eu colli.</translation>
    </message>
    <message>
        <source>Close and Lose Changes</source>
        <translation>Cau a Cholli&apos;r Newidiadau</translation>
    </message>
    <message>
        <source>Keep Open</source>
        <translation>Cadw ar Agor</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Dewi&amp;siadau…</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Canllaw</translation>
    </message>
    <message>
        <source>Read the guide to Myfyrio, at the part for this view.</source>
        <translation>Darllen y canllaw i Myfyrio, ar y rhan ar gyfer y olwg hon.</translation>
    </message>
    <message>
        <source>&amp;Delete Reflection</source>
        <translation>D&amp;ileu Myfyrdod</translation>
    </message>
    <message>
        <source>Move the reflection to the trash. Undo Delete puts it back.</source>
        <translation>Symud y myfyrdod i&apos;r sbwriel. Mae Dadwneud y Dileu yn ei roi yn ôl.</translation>
    </message>
</context>
<context>
    <name>myfyrio::MarkdownExporter</name>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose an empty folder, or allow files to be replaced.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Mae “%1” yn bodoli’n barod. Dewiswch ffolder wag, neu caniatewch i ffeiliau gael eu newid.</translation>
    </message>
    <message>
        <source>The file name “%1” would leave the folder; nothing was written.</source>
        <extracomment>%1 is the name of a file.</extracomment>
        <translation>Byddai’r enw ffeil “%1” yn gadael y ffolder; ni ysgrifennwyd dim.</translation>
    </message>
</context>
<context>
    <name>myfyrio::MarkdownNote</name>
    <message>
        <source>“%1” starts a front matter with “---” but never ends it.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Mae “%1” yn agor pennyn YAML gyda “---” ond nid yw byth yn ei gau.</translation>
    </message>
    <message>
        <source>The front matter of “%1” is not a list of names and values.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Nid yw pennyn YAML “%1” yn rhestr o enwau a gwerthoedd.</translation>
    </message>
</context>
<context>
    <name>myfyrio::MarkdownSource</name>
    <message>
        <source>It is a symbolic link to nothing, or to a place that cannot be read.</source>
        <translation>Dolen symbolaidd at ddim yw hon, neu at le na ellir ei ddarllen.</translation>
    </message>
    <message>
        <source>It is a symbolic link to a place outside the folder, which Myfyrio does not follow.</source>
        <translation>Dolen symbolaidd at le y tu allan i&apos;r ffolder yw hon, ac nid yw Myfyrio yn ei dilyn.</translation>
    </message>
    <message>
        <source>It leads back to a folder already read (a loop of symbolic links), so it was not read again.</source>
        <translation>Mae&apos;n arwain yn ôl at ffolder a ddarllenwyd eisoes (dolen o ddolenni symbolaidd), felly ni chafodd ei darllen eto.</translation>
    </message>
    <message>
        <source>It is more than %1 folders deep, deeper than Myfyrio reads.</source>
        <extracomment>%1 is the deepest level of folders read.</extracomment>
        <translation>Mae&apos;n ddyfnach na %1 lefel o ffolderi, sy&apos;n ddyfnach nag y mae Myfyrio yn ei ddarllen.</translation>
    </message>
    <message>
        <source>“%1” is not a folder. Choose the folder that holds your Markdown notes.</source>
        <extracomment>%1 is the path that was given.</extracomment>
        <translation>Nid ffolder yw “%1”. Dewiswch y ffolder sy&apos;n dal eich nodiadau Markdown.</translation>
    </message>
    <message>
        <source>“%1” holds no Markdown notes (files ending in .md).</source>
        <extracomment>%1 is a folder&apos;s path.</extracomment>
        <translation>Nid oes nodiadau Markdown (ffeiliau sy&apos;n gorffen gyda .md) yn “%1”.</translation>
    </message>
    <message>
        <source>The folder holds more than %1 notes; only the first %1 were read.</source>
        <extracomment>%1 is the most notes read from one folder.</extracomment>
        <translation>Mae mwy na %1 nodyn yn y ffolder; dim ond y %1 cyntaf a ddarllenwyd.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) had no date in their name or front matter; they are dated by when the file was last changed.</source>
        <extracomment>%n is how many notes had no date.</extracomment>
        <translation>
            <numerusform>Nodiadau heb ddyddiad yn eu henw na&apos;u pennyn YAML: %n. Maen nhw wedi&apos;u dyddio yn ôl pryd y newidiwyd y ffeil ddiwethaf.</numerusform>
            <numerusform>Nodiadau heb ddyddiad yn eu henw na&apos;u pennyn YAML: %n. Maen nhw wedi&apos;u dyddio yn ôl pryd y newidiwyd y ffeil ddiwethaf.</numerusform>
            <numerusform>Nodiadau heb ddyddiad yn eu henw na&apos;u pennyn YAML: %n. Maen nhw wedi&apos;u dyddio yn ôl pryd y newidiwyd y ffeil ddiwethaf.</numerusform>
            <numerusform>Nodiadau heb ddyddiad yn eu henw na&apos;u pennyn YAML: %n. Maen nhw wedi&apos;u dyddio yn ôl pryd y newidiwyd y ffeil ddiwethaf.</numerusform>
            <numerusform>Nodiadau heb ddyddiad yn eu henw na&apos;u pennyn YAML: %n. Maen nhw wedi&apos;u dyddio yn ôl pryd y newidiwyd y ffeil ddiwethaf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>myfyrio::ModelCatalog</name>
    <message>
        <source>%1 (copy)</source>
        <extracomment>%1 is the name of the model that was copied.</extracomment>
        <translation>%1 (copi)</translation>
    </message>
    <message>
        <source>A reflective model stored in the journal cannot be read.</source>
        <translation>Nid oes modd darllen model myfyriol sydd wedi&apos;i gadw yn y dyddlyfr.</translation>
    </message>
    <message>
        <source>There is already a reflective model with the code “%1”.</source>
        <extracomment>%1 is the code of a reflective model.</extracomment>
        <translation>Mae model myfyriol gyda&apos;r cod “%1” eisoes.</translation>
    </message>
    <message>
        <source>The built-in model “%1” cannot be changed; duplicate it and change the copy.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid oes modd newid y model adeiledig “%1”; dyblygwch ef a newid y copi.</translation>
    </message>
    <message>
        <source>The reflective model “%1” is no longer in the journal.</source>
        <extracomment>%1 is the code of a reflective model.</extracomment>
        <translation>Nid yw&apos;r model myfyriol “%1” yn y dyddlyfr mwyach.</translation>
    </message>
    <message>
        <source>The reflective model “%1” is not in this journal.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw&apos;r model myfyriol “%1” yn y dyddlyfr hwn.</translation>
    </message>
    <message>
        <source>The built-in model “%1” cannot be deleted.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid oes modd dileu&apos;r model adeiledig “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>The model “%1” cannot be deleted while reflections use it. Reflections using it: %n. Choose another model for them first.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>
            <numerusform>Nid oes modd dileu&apos;r model “%1” tra bo myfyrdodau&apos;n ei ddefnyddio. Myfyrdodau sy&apos;n ei ddefnyddio: %n. Dewiswch fodel arall ar eu cyfer yn gyntaf.</numerusform>
            <numerusform>Nid oes modd dileu&apos;r model “%1” tra bo myfyrdodau&apos;n ei ddefnyddio. Myfyrdodau sy&apos;n ei ddefnyddio: %n. Dewiswch fodel arall ar eu cyfer yn gyntaf.</numerusform>
            <numerusform>Nid oes modd dileu&apos;r model “%1” tra bo myfyrdodau&apos;n ei ddefnyddio. Myfyrdodau sy&apos;n ei ddefnyddio: %n. Dewiswch fodel arall ar eu cyfer yn gyntaf.</numerusform>
            <numerusform>Nid oes modd dileu&apos;r model “%1” tra bo myfyrdodau&apos;n ei ddefnyddio. Myfyrdodau sy&apos;n ei ddefnyddio: %n. Dewiswch fodel arall ar eu cyfer yn gyntaf.</numerusform>
            <numerusform>Nid oes modd dileu&apos;r model “%1” tra bo myfyrdodau&apos;n ei ddefnyddio. Myfyrdodau sy&apos;n ei ddefnyddio: %n. Dewiswch fodel arall ar eu cyfer yn gyntaf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>myfyrio::ModelEditorDialog</name>
    <message>
        <source>New reflective model</source>
        <translation>Model myfyriol newydd</translation>
    </message>
    <message>
        <source>Edit reflective model</source>
        <translation>Golygu model myfyriol</translation>
    </message>
    <message>
        <source>Name in English:</source>
        <translation>Enw yn Saesneg:</translation>
    </message>
    <message>
        <source>Name in Welsh:</source>
        <translation>Enw yn Gymraeg:</translation>
    </message>
    <message>
        <source>Description in English:</source>
        <translation>Disgrifiad yn Saesneg:</translation>
    </message>
    <message>
        <source>Description in Welsh:</source>
        <translation>Disgrifiad yn Gymraeg:</translation>
    </message>
    <message>
        <source>Prompts (each answer is kept under its code, so keep codes once reflections use them):</source>
        <translation>Cwestiynau (mae pob ateb yn cael ei gadw o dan ei god, felly cadwch y codau unwaith y bydd myfyrdodau&apos;n eu defnyddio):</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Teitl yn Saesneg</translation>
    </message>
    <message>
        <source>Title in Welsh</source>
        <translation>Teitl yn Gymraeg</translation>
    </message>
    <message>
        <source>Guidance in English</source>
        <translation>Arweiniad yn Saesneg</translation>
    </message>
    <message>
        <source>Guidance in Welsh</source>
        <translation>Arweiniad yn Gymraeg</translation>
    </message>
    <message>
        <source>&amp;Add prompt</source>
        <translation>&amp;Ychwanegu cwestiwn</translation>
    </message>
    <message>
        <source>&amp;Remove prompt</source>
        <translation>&amp;Tynnu cwestiwn</translation>
    </message>
</context>
<context>
    <name>myfyrio::ModelManagerDialog</name>
    <message>
        <source>Reflective models</source>
        <translation>Modelau myfyriol</translation>
    </message>
    <message>
        <source>The built-in models cannot be changed, but you can duplicate one and change the copy. Your own models are kept in this journal.</source>
        <translation>Nid oes modd newid y modelau adeiledig, ond gallwch ddyblygu un a newid y copi. Mae eich modelau eich hun yn cael eu cadw yn y dyddlyfr hwn.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Newydd…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;yblygu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <extracomment>%1 is the name of a reflective model.</extracomment>
        <translation>%1 (adeiledig)</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Dileu model</translation>
    </message>
    <message>
        <source>Delete the model “%1”? This cannot be undone.</source>
        <extracomment>%1 is the name of a reflective model.</extracomment>
        <translation>Dileu&apos;r model “%1”? Nid oes modd dadwneud hyn.</translation>
    </message>
</context>
<context>
    <name>myfyrio::NewAgreementDialog</name>
    <message>
        <source>New supervision agreement</source>
        <translation>Cytundeb goruchwylio newydd</translation>
    </message>
    <message>
        <source>The agreement starts as a draft. You can fill in its sections, review it together and sign it when you are both ready.</source>
        <translation>Mae&apos;r cytundeb yn dechrau fel drafft. Gallwch lenwi ei adrannau, ei adolygu gyda&apos;ch gilydd a&apos;i lofnodi pan fyddwch eich dau yn barod.</translation>
    </message>
    <message>
        <source>Supervisor&apos;s full name:</source>
        <translation>Enw llawn y goruchwyliwr:</translation>
    </message>
    <message>
        <source>Supervisee&apos;s full name:</source>
        <translation>Enw llawn y goruchwylai:</translation>
    </message>
    <message>
        <source>The supervisee</source>
        <translation>Y goruchwylai</translation>
    </message>
    <message>
        <source>The supervisor</source>
        <translation>Y goruchwyliwr</translation>
    </message>
    <message>
        <source>This journal is kept by:</source>
        <translation>Pwy sy&apos;n cadw&apos;r dyddlyfr hwn:</translation>
    </message>
</context>
<context>
    <name>myfyrio::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <extracomment>Closes a notice above the list, such as &quot;moved to the trash&quot;.</extracomment>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Cau&apos;r hysbysiad hwn</translation>
    </message>
</context>
<context>
    <name>myfyrio::OnThisDay</name>
    <message>
        <source>A month ago</source>
        <translation>Mis yn ôl</translation>
    </message>
    <message>
        <source>A year ago</source>
        <translation>Blwyddyn yn ôl</translation>
    </message>
    <message>
        <source>On this day in %1</source>
        <extracomment>A heading in On this day. %1 is a year in four digits (2023).</extracomment>
        <translation>Ar y diwrnod hwn yn %1</translation>
    </message>
    <message>
        <source>Years ago: %1</source>
        <extracomment>A heading in On this day. %1 is a number of years, two or more.</extracomment>
        <translation>Blynyddoedd yn ôl: %1</translation>
    </message>
</context>
<context>
    <name>myfyrio::OnThisDayView</name>
    <message>
        <source>Reflection</source>
        <translation>Myfyrdod</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Nothing to look back on today. Reflections written a month ago, a year ago or on this day in earlier years appear here; those marked “Don&apos;t resurface” never do.</source>
        <translation>Dim byd i edrych yn ôl arno heddiw. Mae myfyrdodau a ysgrifennwyd fis yn ôl, flwyddyn yn ôl neu ar y diwrnod hwn mewn blynyddoedd cynt yn ymddangos yma; nid yw&apos;r rhai sydd wedi&apos;u marcio “Peidio â dangos eto” byth yn ymddangos.</translation>
    </message>
    <message>
        <source>On this day: %1</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Ar y diwrnod hwn: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Heb deitl</translation>
    </message>
    <message>
        <source>Double-click to open the reflection.</source>
        <translation>Cliciwch ddwywaith i agor y myfyrdod.</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Ar y diwrnod hwn</translation>
    </message>
    <message>
        <source>What you wrote a month ago, a year ago and on this day in earlier years. Enter opens the chosen reflection.</source>
        <translation>Yr hyn a ysgrifennoch fis yn ôl, flwyddyn yn ôl ac ar y diwrnod hwn mewn blynyddoedd cynt. Mae Enter yn agor y myfyrdod a ddewiswyd.</translation>
    </message>
</context>
<context>
    <name>myfyrio::PeriodChooser</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Cyfnod:</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Eleni</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Y 12 mis diwethaf</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Y cyfan</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dyddiadau o&apos;ch dewis</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <extracomment>The first day of a period; both days are included.</extracomment>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <extracomment>The last day of a period; both days are included.</extracomment>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <source>The period the charts and the summary count.</source>
        <translation>Y cyfnod y mae’r siartiau a’r crynodeb yn ei gyfrif.</translation>
    </message>
</context>
<context>
    <name>myfyrio::PersonalDictionary</name>
    <message>
        <source>The folder “%1” could not be created.</source>
        <extracomment>%1 is a folder.</extracomment>
        <translation>Nid oedd modd creu&apos;r ffolder “%1”.</translation>
    </message>
</context>
<context>
    <name>myfyrio::Phrasing</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>Two people&apos;s names joined: %1 and %2 are the names. Welsh: &quot;%1 – %2&quot; (an en dash), since a name after &quot;a&quot; would have to mutate.</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>myfyrio::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Iaith y rhyngwyneb</translation>
    </message>
    <message>
        <source>The menus and windows change at once. Each reflection keeps its own language.</source>
        <translation>Mae&apos;r dewislenni a&apos;r ffenestri&apos;n newid ar unwaith. Mae pob myfyrdod yn cadw ei iaith ei hun.</translation>
    </message>
</context>
<context>
    <name>myfyrio::ProtectedNamesBox</name>
    <message>
        <source>People to protect</source>
        <translation>Pobl i&apos;w diogelu</translation>
    </message>
    <message>
        <source>&amp;Names of people you work with, one a line: a first name alone, or a first name and a surname. Before you share a report or a regulator&apos;s form, Myfyrio looks for them (also in their Welsh mutated forms), and for NHS numbers, postcodes, dates of birth, phone numbers and email addresses.</source>
        <translation>&amp;Enwau pobl rydych yn gweithio gyda nhw, un y llinell: enw cyntaf ar ei ben ei hun, neu enw cyntaf a chyfenw. Cyn i chi rannu adroddiad neu ffurflen rheoleiddiwr, mae Myfyrio yn chwilio amdanynt (hefyd wedi&apos;u treiglo), ac am rifau GIG, codau post, dyddiadau geni, rhifau ffôn a chyfeiriadau e-bost.</translation>
    </message>
    <message>
        <source>Names of people to protect</source>
        <translation>Enwau pobl i&apos;w diogelu</translation>
    </message>
    <message>
        <source>One name a line</source>
        <translation>Un enw y llinell</translation>
    </message>
</context>
<context>
    <name>myfyrio::RedNotebookSource</name>
    <message>
        <source>“%1” is not a folder. Choose RedNotebook&apos;s journal folder, which holds files named like 2024-03.txt (usually ~/.rednotebook/data).</source>
        <extracomment>%1 is the path that was given.</extracomment>
        <translation>Nid ffolder yw “%1”. Dewiswch ffolder dyddlyfr RedNotebook, sy&apos;n dal ffeiliau ag enwau fel 2024-03.txt (fel arfer ~/.rednotebook/data).</translation>
    </message>
    <message>
        <source>It is a symbolic link, which Myfyrio does not follow.</source>
        <translation>Dolen symbolaidd yw hon, ac nid yw Myfyrio yn ei dilyn.</translation>
    </message>
    <message>
        <source>The file is not named after a month: %1 is not a month of the year.</source>
        <extracomment>%1 is the number in the file&apos;s name where a month (1 to 12) should be.</extracomment>
        <translation>Nid yw&apos;r ffeil wedi&apos;i henwi ar ôl mis: nid yw %1 yn un o fisoedd y flwyddyn.</translation>
    </message>
    <message>
        <source>“%1” holds no RedNotebook month files (named like 2024-03.txt).</source>
        <extracomment>%1 is a folder&apos;s path.</extracomment>
        <translation>Nid oes ffeiliau mis RedNotebook (ag enwau fel 2024-03.txt) yn “%1”.</translation>
    </message>
    <message>
        <source>“%1” was not read, because a newer copy of its month was.</source>
        <extracomment>%1 is a file name such as 2024-03.old.txt.</extracomment>
        <translation>Ni ddarllenwyd “%1”, oherwydd darllenwyd copi mwy newydd o&apos;i fis.</translation>
    </message>
    <message>
        <source>The month %1 was read from “%2”, because “%3” is missing (RedNotebook can leave a month so after a crash while saving).</source>
        <extracomment>%1 is a month such as 2024-03, %2 the file it was read from, %3 the month file that is missing.</extracomment>
        <translation>Mae “%3” ar goll, felly darllenwyd y mis %1 o&apos;r ffeil “%2” (gall RedNotebook adael mis felly os yw&apos;n chwalu wrth gadw).</translation>
    </message>
    <message>
        <source>“%1” is not a RedNotebook month: it does not list days.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Nid mis RedNotebook yw “%1”: nid yw&apos;n rhestru dyddiau.</translation>
    </message>
    <message>
        <source>“%1” is not a day of the month %2.</source>
        <extracomment>%1 is what the file gives as the day of the month, %2 the month, such as 2024-03.</extracomment>
        <translation>Nid yw “%1” yn ddiwrnod o&apos;r mis %2.</translation>
    </message>
    <message>
        <source>The day is not in RedNotebook&apos;s form (a text and categories).</source>
        <translation>Nid yw&apos;r diwrnod ar ffurf RedNotebook (testun a chategorïau).</translation>
    </message>
</context>
<context>
    <name>myfyrio::ReflectionEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>Title of this reflection</source>
        <translation>Teitl y myfyrdod hwn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>Language of this reflection</source>
        <translation>Iaith y myfyrdod hwn</translation>
    </message>
    <message>
        <source>The language this reflection is written in.</source>
        <translation>Yr iaith y mae&apos;r myfyrdod hwn wedi&apos;i ysgrifennu ynddi.</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;agiau:</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tagiau, wedi&apos;u gwahanu gan atalnodau</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>&amp;Bring to supervision</source>
        <translation>Dod ag ef i &amp;oruchwyliaeth</translation>
    </message>
    <message>
        <source>Reflections are private. Only the ones you mark to bring to supervision can appear in anything you share with your supervisor.</source>
        <translation>Mae myfyrdodau&apos;n breifat. Dim ond y rhai rydych chi&apos;n eu marcio i ddod â nhw i oruchwyliaeth all ymddangos mewn unrhyw beth rydych chi&apos;n ei rannu â&apos;ch goruchwyliwr.</translation>
    </message>
    <message>
        <source>What happened? How did it feel? What did you learn, and what will you do next?</source>
        <translation>Beth ddigwyddodd? Sut roedd yn teimlo? Beth ddysgoch chi, a beth fyddwch chi&apos;n ei wneud nesaf?</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Myfyrdod</translation>
    </message>
    <message>
        <source>A few words that name what happened.</source>
        <translation>Ychydig eiriau sy’n enwi’r hyn a ddigwyddodd.</translation>
    </message>
    <message>
        <source>The day the reflection is about.</source>
        <translation>Y diwrnod y mae’r myfyrdod yn sôn amdano.</translation>
    </message>
    <message>
        <source>Words to find the reflection by, separated by commas.</source>
        <translation>Geiriau i ganfod y myfyrdod wrthyn nhw, wedi’u gwahanu gan atalnodau.</translation>
    </message>
    <message>
        <source>The reflection in your own words. Tab moves on; Ctrl+Tab types a tab.</source>
        <translation>Y myfyrdod yn eich geiriau eich hun. Mae Tab yn symud ymlaen; mae Ctrl+Tab yn teipio nod tab.</translation>
    </message>
    <message>
        <source>Reflection editor</source>
        <translation>Golygydd y myfyrdod</translation>
    </message>
    <message>
        <source>The reflection and its sections; the arrow keys scroll.</source>
        <translation>Y myfyrdod a’i adrannau; mae’r bysellau saeth yn sgrolio.</translation>
    </message>
    <message>
        <source>Not a valid date</source>
        <extracomment>Shown in the date field for a stored date that is not a real date (from an old import, say).</extracomment>
        <translation>Dyddiad annilys</translation>
    </message>
    <message>
        <source>The date stored with this reflection is not a valid date. It is kept as it was until you pick a date.</source>
        <translation>Nid yw&apos;r dyddiad a gadwyd gyda&apos;r myfyrdod hwn yn ddyddiad dilys. Caiff ei gadw fel yr oedd nes i chi ddewis dyddiad.</translation>
    </message>
</context>
<context>
    <name>myfyrio::ReflectionSnapshot</name>
    <message>
        <source>The reflection is no longer in the journal.</source>
        <translation>Nid yw&apos;r myfyrdod yn y dyddlyfr mwyach.</translation>
    </message>
    <message>
        <source>This item of the trash cannot be read, so it cannot be restored.</source>
        <translation>Nid oes modd darllen yr eitem hon yn y sbwriel, felly nid oes modd ei hadfer.</translation>
    </message>
    <message>
        <source>This reflection is already in the journal (it was restored or imported again), so the copy in the trash was not restored.</source>
        <translation>Mae&apos;r myfyrdod hwn yn y dyddlyfr yn barod (cafodd ei adfer neu ei fewnforio eto), felly ni chafodd y copi yn y sbwriel ei adfer.</translation>
    </message>
</context>
<context>
    <name>myfyrio::ReflectionStore</name>
    <message>
        <source>The reflection has no valid date.</source>
        <translation>Nid oes gan y myfyrdod ddyddiad dilys.</translation>
    </message>
    <message>
        <source>The date %1 is outside the years 1900 to 9999.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Mae&apos;r dyddiad %1 y tu allan i&apos;r blynyddoedd 1900 i 9999.</translation>
    </message>
    <message>
        <source>The language of a reflection must be Welsh (cy) or English (en).</source>
        <translation>Rhaid i iaith myfyrdod fod yn Gymraeg (cy) neu&apos;n Saesneg (en).</translation>
    </message>
    <message>
        <source>The reflection “%1” is no longer in the journal.</source>
        <extracomment>%1 is the reflection&apos;s title.</extracomment>
        <translation>Nid yw&apos;r myfyrdod “%1” yn y dyddlyfr mwyach.</translation>
    </message>
    <message>
        <source>“%1” is not a system scale: use person, organisation, place or country.</source>
        <extracomment>%1 is the code that was given, not a word of the language.</extracomment>
        <translation>Nid yw “%1” yn raddfa system: defnyddiwch person, organisation, place neu country.</translation>
    </message>
    <message>
        <source>The reflective model “%1” is not in this journal.</source>
        <extracomment>%1 is the code of a reflective model.</extracomment>
        <translation>Nid yw&apos;r model myfyriol “%1” yn y dyddlyfr hwn.</translation>
    </message>
    <message>
        <source>The reflection “%1” was changed somewhere else (in another window or from the command line) while you were writing, and both changed the same part. Nothing was overwritten.</source>
        <extracomment>%1 is the reflection&apos;s title.</extracomment>
        <translation>Cafodd y myfyrdod “%1” ei newid yn rhywle arall (mewn ffenestr arall neu o&apos;r llinell orchymyn) tra oeddech chi&apos;n ysgrifennu, a newidiodd y ddau yr un rhan. Ni chafodd dim ei drosysgrifo.</translation>
    </message>
    <message>
        <source>That item is no longer in the trash.</source>
        <translation>Nid yw&apos;r eitem honno yn y sbwriel mwyach.</translation>
    </message>
    <message>
        <source>This item of the trash cannot be read, so it cannot be restored.</source>
        <translation>Nid oes modd darllen yr eitem hon yn y sbwriel, felly nid oes modd ei hadfer.</translation>
    </message>
</context>
<context>
    <name>myfyrio::ReflectiveModel</name>
    <message>
        <source>“%1” is not a usable model code: use lowercase letters, digits and underscores.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn god model y gellir ei ddefnyddio: defnyddiwch lythrennau bach, digidau a thanlinellau.</translation>
    </message>
    <message>
        <source>A reflective model needs a name in both Welsh and English.</source>
        <translation>Mae angen enw yn Gymraeg ac yn Saesneg ar fodel myfyriol.</translation>
    </message>
    <message>
        <source>“%1” is not a usable prompt code: use lowercase letters, digits and underscores.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn god cwestiwn y gellir ei ddefnyddio: defnyddiwch lythrennau bach, digidau a thanlinellau.</translation>
    </message>
    <message>
        <source>The prompt code “%1” is used twice in the model “%2”.</source>
        <extracomment>%1 is the code of a prompt; %2 is the name of a reflective model.</extracomment>
        <translation>Mae&apos;r cod cwestiwn “%1” wedi&apos;i ddefnyddio ddwywaith yn y model “%2”.</translation>
    </message>
    <message>
        <source>Every prompt needs a title in both Welsh and English (prompt “%1”).</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Mae angen teitl yn Gymraeg ac yn Saesneg ar bob cwestiwn (cwestiwn “%1”).</translation>
    </message>
    <message>
        <source>“%1” is not a system scale (prompt “%2”).</source>
        <extracomment>%1 is what the person typed; %2 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn raddfa system (cwestiwn “%2”).</translation>
    </message>
</context>
<context>
    <name>myfyrio::Regulators</name>
    <message>
        <source>No regulator</source>
        <translation>Dim rheoleiddiwr</translation>
    </message>
    <message>
        <source>Nursing and Midwifery Council</source>
        <translation>Y Cyngor Nyrsio a Bydwreigiaeth</translation>
    </message>
    <message>
        <source>Social Work England</source>
        <translation>Social Work England</translation>
    </message>
    <message>
        <source>Social Care Wales: social worker</source>
        <translation>Gofal Cymdeithasol Cymru: gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Social Care Wales: manager</source>
        <translation>Gofal Cymdeithasol Cymru: rheolwr</translation>
    </message>
    <message>
        <source>Social Care Wales: care worker</source>
        <translation>Gofal Cymdeithasol Cymru: gweithiwr gofal</translation>
    </message>
    <message>
        <source>Health and Care Professions Council</source>
        <translation>Y Cyngor Proffesiynau Iechyd a Gofal</translation>
    </message>
</context>
<context>
    <name>myfyrio::Report</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Reflective model</source>
        <translation>Model myfyriol</translation>
    </message>
    <message>
        <source>Type of failure</source>
        <translation>Math o fethiant</translation>
    </message>
    <message>
        <source>Reason for failure</source>
        <translation>Rheswm dros fethiant</translation>
    </message>
    <message>
        <source>Portfolio of reflections</source>
        <translation>Portffolio o fyfyrdodau</translation>
    </message>
    <message>
        <source>Reflections: %1</source>
        <extracomment>%1 is a number. %1 is a number of reflections.</extracomment>
        <translation>Myfyrdodau: %1</translation>
    </message>
    <message>
        <source>No reflection matches this selection.</source>
        <translation>Nid oes myfyrdod yn cyfateb i’r dewis hwn.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Myfyrdod</translation>
    </message>
    <message>
        <source>Untitled reflection</source>
        <translation>Myfyrdod heb deitl</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>System scale</source>
        <translation>Graddfa’r system</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Bring to supervision</source>
        <translation>Dod ag ef i oruchwyliaeth</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No, private</source>
        <translation>Na, preifat</translation>
    </message>
    <message>
        <source>Failure spectrum</source>
        <translation>Sbectrwm methiant</translation>
    </message>
    <message>
        <source>%1 (%2 of 9)</source>
        <extracomment>%1 is a label from elsewhere in the interface, already translated; %2 is a number.</extracomment>
        <translation>%1 (%2 o 9)</translation>
    </message>
    <message>
        <source>Setting</source>
        <extracomment>Glossary: the setting of a failure (consistent, variable, novel) is Welsh &quot;Sefyllfa&quot;; the Context section of an agreement is &quot;Cyd-destun&quot;.</extracomment>
        <translation>Sefyllfa</translation>
    </message>
    <message>
        <source>Blame felt before placing it</source>
        <translation>Y bai a deimlwyd cyn ei osod</translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <extracomment>%1 is a number from 0 to 4.</extracomment>
        <translation>%1 o 4</translation>
    </message>
    <message>
        <source>What in the system made this likely?</source>
        <translation>Beth yn y system a wnaeth hyn yn debygol?</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi’i wneud</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Heb ei wneud</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 is the page number; %2 is how many pages there are.</extracomment>
        <translation>Tudalen %1 / %2</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <extracomment>%1 is a date; %2 is a date.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <extracomment>%1 is a short date, after a colon in Welsh (&quot;Gwnaed: 01/03/2024&quot;).</extracomment>
        <translation>Gwnaed: %1</translation>
    </message>
    <message>
        <source>A copy for the writer only: it includes private reflections. Do not share it.</source>
        <translation>Copi i’r awdur yn unig: mae’n cynnwys myfyrdodau preifat. Peidiwch â’i rannu.</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Dyddiad cychwyn</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>Frequency</source>
        <extracomment>Glossary: frequency of supervision is Welsh &quot;Amledd&quot; (not &quot;Amlder&quot;).</extracomment>
        <translation>Amledd</translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <extracomment>%1 is a number.</extracomment>
        <translation>Bob %1 wythnos</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <extracomment>%1 is a number.</extracomment>
        <translation>Munudau: %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Swyddogaethau</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Signed by both parties</source>
        <translation>Wedi’i lofnodi gan y ddau barti</translation>
    </message>
    <message>
        <source>Draft, not signed yet</source>
        <translation>Drafft, heb ei lofnodi eto</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Llofnodion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Llofnodwyd ar</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>This version has no fingerprint until both parties sign it.</source>
        <translation>Nid oes ôl bys gan y fersiwn hon nes i’r ddau barti ei llofnodi.</translation>
    </message>
    <message>
        <source>Both copies of this version show the same fingerprint.</source>
        <translation>Mae’r ddau gopi o’r fersiwn hon yn dangos yr un ôl bys.</translation>
    </message>
    <message>
        <source>Supervision agreement</source>
        <translation>Cytundeb goruchwylio</translation>
    </message>
    <message>
        <source>Reflections by month</source>
        <translation>Myfyrdodau fesul mis</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Myfyrdodau</translation>
    </message>
    <message>
        <source>Reflections by model</source>
        <translation>Myfyrdodau fesul model</translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation>Y prif dagiau</translation>
    </message>
    <message>
        <source>No tags this year.</source>
        <translation>Dim tagiau eleni.</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Camau gweithredu a wnaed</translation>
    </message>
    <message>
        <source>Actions still open</source>
        <translation>Camau gweithredu heb eu gwneud</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Dim.</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>Adolygiad blynyddol</translation>
    </message>
    <message>
        <source>There is no annual review for this year.</source>
        <translation>Nid oes adolygiad blynyddol ar gyfer y flwyddyn hon.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Annual review pack</source>
        <translation>Pecyn adolygiad blynyddol</translation>
    </message>
    <message>
        <source>Failure spectrum summary</source>
        <translation>Crynodeb sbectrwm methiant</translation>
    </message>
    <message>
        <source>Events placed on the spectrum</source>
        <translation>Digwyddiadau a osodwyd ar y sbectrwm</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Cynhaliwyd</translation>
    </message>
    <message>
        <source>Cancelled and rebooked</source>
        <translation>Diddymwyd ac aildrefnwyd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Diddymwyd</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Rheswm dros ddiddymu</translation>
    </message>
    <message>
        <source>Functions covered</source>
        <translation>Swyddogaethau a gwmpaswyd</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Discussion notes</source>
        <translation>Nodiadau’r drafodaeth</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Supervision session record</source>
        <translation>Cofnod sesiwn oruchwylio</translation>
    </message>
    <message>
        <source>Events placed on the spectrum: %1</source>
        <extracomment>%1 is a number.</extracomment>
        <translation>Digwyddiadau a osodwyd ar y sbectrwm: %1</translation>
    </message>
    <message>
        <source>From blameworthy (top) to praiseworthy (bottom), coloured by the type each reason suggests.</source>
        <translation>O’r beius (ar y brig) i’r canmoladwy (ar y gwaelod), wedi’u lliwio yn ôl y math y mae pob rheswm yn ei awgrymu.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Digwyddiadau</translation>
    </message>
    <message>
        <source>Nothing written in this section yet.</source>
        <translation>Dim byd wedi’i ysgrifennu yn yr adran hon eto.</translation>
    </message>
    <message>
        <source>No reflections this year.</source>
        <translation>Dim myfyrdodau eleni.</translation>
    </message>
    <message>
        <source>Months with none</source>
        <translation>Misoedd heb ddim</translation>
    </message>
    <message>
        <source>The reflection does not answer this yet: add it before you submit the form.</source>
        <translation>Nid yw&apos;r myfyrdod yn ateb hyn eto: ychwanegwch yr ateb cyn cyflwyno&apos;r ffurflen.</translation>
    </message>
    <message>
        <source>Type of CPD</source>
        <translation>Math o DPP</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Participatory</source>
        <translation>Cyfranogol</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Peer reflection</source>
        <translation>Myfyrio gyda chymheiriaid</translation>
    </message>
    <message>
        <source>Note: %1 publishes this form in English only. Check that they accept it in Welsh before you submit it.</source>
        <extracomment>%1 is the regulator&apos;s name, e.g. the Nursing and Midwifery Council.</extracomment>
        <translation>Nodyn: mae %1 yn cyhoeddi&apos;r ffurflen hon yn Saesneg yn unig. Gwiriwch eu bod yn ei derbyn yn Gymraeg cyn i chi ei chyflwyno.</translation>
    </message>
    <message>
        <source>Nothing in this form may identify a person who uses services, a colleague or anyone else.</source>
        <translation>Ni chaiff dim yn y ffurflen hon ddatgelu pwy yw person sy&apos;n defnyddio gwasanaethau, cydweithiwr nac unrhyw un arall.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <source>A mix of learning activities</source>
        <translation>Cymysgedd o weithgareddau dysgu</translation>
    </message>
    <message>
        <source>No CPD is recorded in this period.</source>
        <translation>Does dim DPP wedi&apos;i gofnodi yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <source>Gaps to explain</source>
        <translation>Bylchau i&apos;w hegluro</translation>
    </message>
    <message>
        <source>No CPD is recorded for three months or more in these periods. Say why in your profile (for example leave, illness or a career break).</source>
        <translation>Does dim DPP wedi&apos;i gofnodi am dri mis neu fwy yn y cyfnodau hyn. Eglurwch pam yn eich proffil (er enghraifft gwyliau, salwch neu seibiant gyrfa).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>CPD summary (HCPC style)</source>
        <translation>Crynodeb DPP (yn null yr HCPC)</translation>
    </message>
    <message>
        <source>Dated activities</source>
        <translation>Gweithgareddau wedi&apos;u dyddio</translation>
    </message>
    <message>
        <source>%1 (a profile lists about 12 to 50)</source>
        <extracomment>%1 is a number of activities.</extracomment>
        <translation>%1 (mae proffil yn rhestru tua 12 i 50)</translation>
    </message>
    <message>
        <source>Private CPD left out of this summary: %1. Mark a reflection to bring to supervision to include it.</source>
        <extracomment>%1 is a number of private CPD reflections.</extracomment>
        <translation>DPP preifat a adawyd allan o&apos;r crynodeb hwn: %1. Marciwch fyfyrdod i ddod ag ef i oruchwyliaeth i&apos;w gynnwys.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <source>What I learned, and how it improves my practice and benefits service users</source>
        <translation>Yr hyn a ddysgais, a sut mae&apos;n gwella fy ymarfer ac o fudd i ddefnyddwyr gwasanaethau</translation>
    </message>
    <message>
        <source>If you are audited, your profile also needs a summary of your practice (about 500 words), a statement of how your CPD meets the HCPC&apos;s standards (about 1,500 words), and evidence.</source>
        <translation>Os cewch eich archwilio, mae angen i&apos;ch proffil hefyd gynnwys crynodeb o&apos;ch ymarfer (tua 500 gair), datganiad o sut mae eich DPP yn bodloni safonau&apos;r HCPC (tua 1,500 gair), a thystiolaeth.</translation>
    </message>
    <message>
        <source>How is this relevant to the Code?</source>
        <translation>Sut mae hyn yn berthnasol i&apos;r Cod?</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>No theme is chosen yet: choose one in the reflection&apos;s CPD details.</source>
        <translation>Does dim thema wedi&apos;i dewis eto: dewiswch un ym manylion DPP y myfyrdod.</translation>
    </message>
    <message>
        <source>Reflective account</source>
        <translation>Cyfrif myfyriol</translation>
    </message>
    <message>
        <source>For NMC revalidation: one of the five written reflective accounts, on CPD, practice-related feedback, or an event or experience in your practice, and how it relates to the Code.</source>
        <translation>Ar gyfer ailddilysu gyda&apos;r NMC: un o&apos;r pum cyfrif myfyriol ysgrifenedig, am DPP, adborth sy&apos;n ymwneud ag ymarfer, neu ddigwyddiad neu brofiad yn eich ymarfer, a sut mae&apos;n ymwneud â&apos;r Cod.</translation>
    </message>
    <message>
        <source>What was the nature of the CPD activity, practice-related feedback, or event or experience in your practice?</source>
        <translation>Beth oedd natur y gweithgaredd DPP, yr adborth sy&apos;n ymwneud ag ymarfer, neu&apos;r digwyddiad neu&apos;r profiad yn eich ymarfer?</translation>
    </message>
    <message>
        <source>What did you learn from it?</source>
        <translation>Beth ddysgoch chi ohono?</translation>
    </message>
    <message>
        <source>How did you change or improve your practice as a result?</source>
        <translation>Sut gwnaethoch chi newid neu wella eich ymarfer o ganlyniad?</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Reflective models</source>
        <translation>Modelau myfyriol</translation>
    </message>
    <message>
        <source>Done: %1; still open: %2</source>
        <extracomment>%1 and %2 are numbers of actions.</extracomment>
        <translation>Wedi&apos;u gwneud: %1; ar agor o hyd: %2</translation>
    </message>
    <message>
        <source>CPD hours</source>
        <translation>Oriau DPP</translation>
    </message>
    <message>
        <source>%1 (participatory: %2)</source>
        <extracomment>%1 and %2 are numbers of hours.</extracomment>
        <translation>%1 (cyfranogol: %2)</translation>
    </message>
    <message>
        <source>CPD activities</source>
        <translation>Gweithgareddau DPP</translation>
    </message>
    <message>
        <source>Placed on the failure spectrum</source>
        <translation>Wedi&apos;u gosod ar y sbectrwm methiant</translation>
    </message>
    <message>
        <source>Continuing professional development</source>
        <translation>Datblygiad proffesiynol parhaus</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Safon</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Ffeil atodedig</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>The writer chose to share this report with details the confidentiality guard found that could identify someone (%1). Handle it as confidential.</source>
        <extracomment>Printed at the top of a shared report. %1 is a number of possible identifiers.</extracomment>
        <translation>Dewisodd yr awdur rannu&apos;r adroddiad hwn gyda manylion a allai ddatgelu pwy yw rhywun, a ganfuwyd gan y gwarchodwr cyfrinachedd (%1). Dylid ei drin yn gyfrinachol.</translation>
    </message>
    <message>
        <source>CPD log</source>
        <translation>Cofnod DPP</translation>
    </message>
    <message>
        <source>Registered with</source>
        <translation>Wedi cofrestru gyda</translation>
    </message>
    <message>
        <source>Hours of learning</source>
        <translation>Oriau o ddysgu</translation>
    </message>
    <message>
        <source>%1 (required: %2 every three years)</source>
        <extracomment>%1 and %2 are numbers of hours.</extracomment>
        <translation>%1 (y gofyn: %2 bob tair blynedd)</translation>
    </message>
    <message>
        <source>Private CPD left out of this log: %1. Mark a reflection to bring to supervision to include it.</source>
        <extracomment>%1 is a number of private CPD reflections.</extracomment>
        <translation>DPP preifat a adawyd allan o&apos;r cofnod hwn: %1. Marciwch fyfyrdod i ddod ag ef i oruchwyliaeth i&apos;w gynnwys.</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Dysgu</translation>
    </message>
    <message>
        <source>How it contributed to my development</source>
        <translation>Sut cyfrannodd at fy natblygiad</translation>
    </message>
    <message>
        <source>Agreed with my manager</source>
        <translation>Wedi&apos;i gytuno gyda fy rheolwr</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Rheolwr</translation>
    </message>
    <message>
        <source>By signing, we agree that this is a fair record of the session.</source>
        <translation>Drwy lofnodi, rydym yn cytuno bod hwn yn gofnod teg o&apos;r sesiwn.</translation>
    </message>
    <message>
        <source>CPD record</source>
        <translation>Cofnod DPP</translation>
    </message>
    <message>
        <source>For Social Work England: a CPD record for this registration year. You need at least two, and at least one of them with peer reflection.</source>
        <translation>Ar gyfer Social Work England: cofnod DPP ar gyfer y flwyddyn gofrestru hon. Mae angen o leiaf ddau arnoch, ac o leiaf un ohonynt gyda myfyrio gyda chymheiriaid.</translation>
    </message>
    <message>
        <source>Description of the activity, and why it is relevant to your practice</source>
        <translation>Disgrifiad o&apos;r gweithgaredd, a pham ei fod yn berthnasol i&apos;ch ymarfer</translation>
    </message>
    <message>
        <source>What did you learn?</source>
        <translation>Beth ddysgoch chi?</translation>
    </message>
    <message>
        <source>What impact has it had on your practice?</source>
        <translation>Pa effaith y mae wedi&apos;i chael ar eich ymarfer?</translation>
    </message>
    <message>
        <source>What impact has it had on the people you work with?</source>
        <translation>Pa effaith y mae wedi&apos;i chael ar y bobl rydych yn gweithio gyda nhw?</translation>
    </message>
    <message>
        <source>No scale given</source>
        <translation>Dim graddfa wedi&apos;i rhoi</translation>
    </message>
    <message>
        <source>Learning cards: %1</source>
        <extracomment>%1 is a number of cards.</extracomment>
        <translation>Cardiau dysgu: %1</translation>
    </message>
    <message>
        <source>Left out: withdrawn %1, malformed %2, copies that differ %3</source>
        <extracomment>%1, %2 and %3 are numbers of cards or files.</extracomment>
        <translation>Wedi&apos;u gadael allan — wedi&apos;u tynnu&apos;n ôl: %1; ffeiliau diffygiol: %2; copïau sy&apos;n wahanol: %3</translation>
    </message>
    <message>
        <source>Each card holds only what its writer chose to share, in their own words: no names, no days, nothing of the reflection it came from.</source>
        <translation>Dim ond yr hyn a ddewisodd ei awdur ei rannu sydd ar bob cerdyn, yn ei eiriau ei hun: dim enwau, dim diwrnodau, dim byd o&apos;r myfyrdod y daeth ohono.</translation>
    </message>
    <message>
        <source>Praiseworthy failures, apart from blameworthy ones</source>
        <translation>Methiannau canmoladwy, ar wahân i rai beius</translation>
    </message>
    <message>
        <source>Hypothesis and exploratory testing are the failures a team wants more of: small, thoughtful experiments in new territory.</source>
        <translation>Profi rhagdybiaeth ac arbrofi archwiliadol yw&apos;r methiannau y mae tîm eisiau mwy ohonynt: arbrofion bach, meddylgar mewn tir newydd.</translation>
    </message>
    <message>
        <source>Not placed on the spectrum</source>
        <translation>Heb ei osod ar y sbectrwm</translation>
    </message>
    <message>
        <source>Part of the spectrum</source>
        <translation>Rhan o&apos;r sbectrwm</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cardiau</translation>
    </message>
    <message>
        <source>Reasons and types across the spectrum</source>
        <translation>Rhesymau a mathau ar draws y sbectrwm</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dros amser</translation>
    </message>
    <message>
        <source>By system scale</source>
        <translation>Yn ôl graddfa system</translation>
    </message>
    <message>
        <source>The most frequent enabling questions</source>
        <translation>Y cwestiynau galluogi mwyaf cyffredin</translation>
    </message>
    <message>
        <source>What the team, the organisation, the place or the country would need to do to enable this learning, as the cards ask it.</source>
        <translation>Beth fyddai angen i&apos;r tîm, y sefydliad, y lle neu&apos;r wlad ei wneud i alluogi&apos;r dysgu hwn, fel y mae&apos;r cardiau&apos;n ei ofyn.</translation>
    </message>
    <message>
        <source>Enabling question</source>
        <translation>Cwestiwn galluogi</translation>
    </message>
    <message>
        <source>No card asks an enabling question yet.</source>
        <translation>Nid oes cerdyn yn gofyn cwestiwn galluogi eto.</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Awdur</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>Beth a ddysgwyd</translation>
    </message>
    <message>
        <source>What would enable this learning</source>
        <translation>Beth fyddai&apos;n galluogi&apos;r dysgu hwn</translation>
    </message>
    <message>
        <source>Team learning summary</source>
        <translation>Crynodeb dysgu&apos;r tîm</translation>
    </message>
    <message>
        <source>Cards from %1 to %2</source>
        <extracomment>%1 and %2 are months, the first and the last of the cards.</extracomment>
        <translation>Cardiau: %1 – %2</translation>
    </message>
    <message>
        <source>The folders hold no learning cards yet.</source>
        <translation>Nid oes cardiau dysgu yn y ffolderi eto.</translation>
    </message>
    <message>
        <source>The cards</source>
        <translation>Y cardiau</translation>
    </message>
    <message>
        <source>The latest %1 cards of %2</source>
        <extracomment>%1 is the number of cards printed (200), %2 the number of cards in all.</extracomment>
        <translation>Y cardiau diweddaraf: %1. Cardiau i gyd: %2.</translation>
    </message>
    <message>
        <source>Filtered: this summary counts only the cards the filters keep (%1). Cards in the folders: %2.</source>
        <extracomment>%1 is how many cards the filters (months, reason, tag, words…) keep, %2 how many the folders hold.</extracomment>
        <translation>Wedi&apos;u hidlo: mae&apos;r crynodeb hwn yn cyfrif y cardiau y mae&apos;r hidlwyr yn eu cadw yn unig (%1). Cardiau yn y ffolderi: %2.</translation>
    </message>
</context>
<context>
    <name>myfyrio::ReportActions</name>
    <message>
        <source>Export Backup</source>
        <translation>Allforio Copi wrth Gefn</translation>
    </message>
    <message>
        <source>Myfyrio backups (*.json)</source>
        <translation>Copïau wrth gefn Myfyrio (*.json)</translation>
    </message>
    <message>
        <source>Import Backup</source>
        <translation>Mewnforio Copi wrth Gefn</translation>
    </message>
    <message>
        <source>Records in the backup that the journal does not have will be added. Records the journal already has are kept as they are. Import “%1”?</source>
        <extracomment>%1 is a file name or folder.</extracomment>
        <translation>Bydd cofnodion yn y copi wrth gefn nad ydynt yn y dyddlyfr yn cael eu hychwanegu. Bydd cofnodion sydd yn y dyddlyfr yn barod yn cael eu cadw fel y maent. Mewnforio “%1”?</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Allforio fel Markdown</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Adroddiad…</translation>
    </message>
    <message>
        <source>Export &amp;Backup…</source>
        <translation>Allforio Copi wrth &amp;Gefn…</translation>
    </message>
    <message>
        <source>&amp;Import Backup…</source>
        <translation>&amp;Mewnforio Copi wrth Gefn…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Allforio fel Mar&amp;kdown…</translation>
    </message>
    <message>
        <source>The whole journal was written to “%1”.</source>
        <extracomment>%1 is a file name or folder.</extracomment>
        <translation>Ysgrifennwyd y dyddlyfr cyfan i “%1”.</translation>
    </message>
    <message>
        <source>Records added: %1</source>
        <extracomment>%1 is a number.</extracomment>
        <translation>Cofnodion a ychwanegwyd: %1</translation>
    </message>
    <message>
        <source>Records already in the journal: %1</source>
        <extracomment>%1 is a number.</extracomment>
        <translation>Cofnodion a oedd yn y dyddlyfr yn barod: %1</translation>
    </message>
    <message>
        <source>Records that differ, kept as the journal has them: %1</source>
        <extracomment>%1 is a number.</extracomment>
        <translation>Cofnodion sy’n wahanol, wedi’u cadw fel y maent yn y dyddlyfr: %1</translation>
    </message>
    <message>
        <source>Files written: %1</source>
        <extracomment>%1 is a number of files.</extracomment>
        <translation>Ffeiliau a ysgrifennwyd: %1</translation>
    </message>
    <message>
        <source>Records left out: %1</source>
        <extracomment>%1 is how many records were left out.</extracomment>
        <translation>Cofnodion a adawyd allan: %1</translation>
    </message>
</context>
<context>
    <name>myfyrio::ReportBuilder</name>
    <message>
        <source>The report language must be en, cy or both.</source>
        <translation>Rhaid i iaith yr adroddiad fod yn en, cy neu both.</translation>
    </message>
    <message>
        <source>Say which reflection to report on.</source>
        <translation>Dywedwch ar ba fyfyrdod i adrodd.</translation>
    </message>
    <message>
        <source>This kind of report cannot be made yet.</source>
        <translation>Ni ellir gwneud y math hwn o adroddiad eto.</translation>
    </message>
    <message>
        <source>Say which session to report on.</source>
        <translation>Dywedwch ar ba sesiwn i adrodd.</translation>
    </message>
    <message>
        <source>Say which reflection the form is made from.</source>
        <translation>Dywedwch o ba fyfyrdod y gwneir y ffurflen.</translation>
    </message>
</context>
<context>
    <name>myfyrio::ReportDialog</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the title of a reflection; %2 is a short date.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, private)</source>
        <extracomment>%1 is the title of a reflection; %2 is a short date.</extracomment>
        <translation>%1 (%2, preifat)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a date; %2 is a person&apos;s name, or two joined.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>A single reflection</source>
        <translation>Un myfyrdod</translation>
    </message>
    <message>
        <source>Portfolio of reflections</source>
        <translation>Portffolio o fyfyrdodau</translation>
    </message>
    <message>
        <source>Supervision agreement</source>
        <translation>Cytundeb goruchwylio</translation>
    </message>
    <message>
        <source>Supervision session record</source>
        <translation>Cofnod sesiwn oruchwylio</translation>
    </message>
    <message>
        <source>Annual review pack</source>
        <translation>Pecyn adolygiad blynyddol</translation>
    </message>
    <message>
        <source>Failure spectrum summary</source>
        <translation>Crynodeb sbectrwm methiant</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter UDA</translation>
    </message>
    <message>
        <source>From and to:</source>
        <translation>O a hyd:</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Unrhyw dag</translation>
    </message>
    <message>
        <source>Any words</source>
        <translation>Unrhyw eiriau</translation>
    </message>
    <message>
        <source>Include private reflections (a copy for myself)</source>
        <translation>Cynnwys myfyrdodau preifat (copi i mi fy hun)</translation>
    </message>
    <message>
        <source>This copy will include reflections you have not marked to bring to supervision. Keep it for yourself; do not share it.</source>
        <translation>Bydd y copi hwn yn cynnwys myfyrdodau nad ydych wedi’u nodi i ddod â nhw i oruchwyliaeth. Cadwch ef i chi’ch hun; peidiwch â’i rannu.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>Rhagolwg Argraffu…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Math:</translation>
    </message>
    <message>
        <source>Which:</source>
        <translation>Pa un:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dyddiadau:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Chwilio:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Blwyddyn:</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Iaith yr adroddiad:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papur:</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Preifatrwydd:</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>Cadw’r Adroddiad fel PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>Unrhyw fodel</translation>
    </message>
    <message>
        <source>Any type, or none</source>
        <translation>Unrhyw fath, neu ddim</translation>
    </message>
    <message>
        <source>Your name, as it should appear on the report</source>
        <translation>Eich enw, fel y dylai ymddangos ar yr adroddiad</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>Failure type:</source>
        <translation>Math o fethiant:</translation>
    </message>
    <message>
        <source>Name on report:</source>
        <translation>Enw ar yr adroddiad:</translation>
    </message>
    <message>
        <source>NMC reflective account</source>
        <translation>Cyfrif myfyriol yr NMC</translation>
    </message>
    <message>
        <source>Social Work England CPD record</source>
        <translation>Cofnod DPP Social Work England</translation>
    </message>
    <message>
        <source>Social Care Wales CPD log</source>
        <translation>Cofnod DPP Gofal Cymdeithasol Cymru</translation>
    </message>
    <message>
        <source>HCPC-style CPD summary</source>
        <translation>Crynodeb DPP yn null yr HCPC</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôl:</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Adroddiad wedi’i gadw</translation>
    </message>
    <message>
        <source>Reflections:</source>
        <translation>Myfyrdodau:</translation>
    </message>
    <message>
        <source>Chosen with the fields below</source>
        <translation>Wedi&apos;u dewis gyda&apos;r meysydd isod</translation>
    </message>
    <message>
        <source>The current search: %1</source>
        <extracomment>%1 describes the journal&apos;s current search, e.g. “tref” lang:cy, #visits.</extracomment>
        <translation>Y chwiliad presennol: %1</translation>
    </message>
</context>
<context>
    <name>myfyrio::ReportPainter</name>
    <message>
        <source>A report can only be made while Myfyrio runs with its graphical platform.</source>
        <translation>Dim ond pan fydd Myfyrio yn rhedeg gyda’i blatfform graffigol y gellir gwneud adroddiad.</translation>
    </message>
    <message>
        <source>The report could not be started on the printer or file.</source>
        <translation>Nid oedd modd dechrau’r adroddiad ar yr argraffydd neu yn y ffeil.</translation>
    </message>
    <message>
        <source>The report could not be continued on a new page.</source>
        <translation>Nid oedd modd parhau’r adroddiad ar dudalen newydd.</translation>
    </message>
</context>
<context>
    <name>myfyrio::ReportSource</name>
    <message>
        <source>More than one reflection has an id starting “%1”. Give more of it.</source>
        <extracomment>%1 is the start of an id, as the person typed it.</extracomment>
        <translation>Mae gan fwy nag un myfyrdod ddynodydd sy’n dechrau “%1”. Rhowch fwy ohono.</translation>
    </message>
    <message>
        <source>There is no reflection with the id “%1”.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid oes myfyrdod â’r dynodydd “%1”.</translation>
    </message>
    <message>
        <source>“%1” is private: it is not marked to bring to supervision. Mark it, or make a copy for yourself that includes private reflections.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Mae “%1” yn breifat: nid yw wedi’i nodi i ddod ag ef i oruchwyliaeth. Nodwch ef, neu gwnewch gopi i chi’ch hun sy’n cynnwys myfyrdodau preifat.</translation>
    </message>
    <message>
        <source>The journal has no supervision agreement yet.</source>
        <translation>Nid oes cytundeb goruchwylio yn y dyddlyfr eto.</translation>
    </message>
    <message>
        <source>There is no agreement with the id “%1”.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid oes cytundeb â’r dynodydd “%1”.</translation>
    </message>
    <message>
        <source>There is no session with the id “%1”.</source>
        <extracomment>%1 is what the person typed.
----------
%1 is the id as it was given.</extracomment>
        <translation>Nid oes sesiwn â’r dynodydd “%1”.</translation>
    </message>
</context>
<context>
    <name>myfyrio::RestoreDialog</name>
    <message>
        <source>Reading…</source>
        <translation>Yn darllen…</translation>
    </message>
    <message>
        <source>Passes its check</source>
        <translation>Yn pasio ei wiriad</translation>
    </message>
    <message>
        <source>Cannot be restored</source>
        <translation>Does dim modd ei adfer</translation>
    </message>
    <message>
        <source>Reading what this backup holds…</source>
        <translation>Yn darllen yr hyn sydd yn y copi wrth gefn hwn…</translation>
    </message>
    <message>
        <source>This backup holds no reflections.</source>
        <translation>Does dim myfyrdodau yn y copi wrth gefn hwn.</translation>
    </message>
    <message>
        <source>What this backup holds (the newest %L1 reflections):</source>
        <extracomment>%L1 is how many of the newest reflections are listed.</extracomment>
        <translation>Yr hyn sydd yn y copi wrth gefn hwn (y myfyrdodau mwyaf newydd, hyd at: %L1):</translation>
    </message>
    <message>
        <source>What this backup holds:</source>
        <translation>Yr hyn sydd yn y copi wrth gefn hwn:</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <extracomment>%1 is when the backup was made.
----------
%1 is when the restored backup was made; %2 when the backup of the journal as it was was made.</extracomment>
        <translation>Adfer o Gopi wrth Gefn</translation>
    </message>
    <message>
        <source>Restore the backup made %1?</source>
        <extracomment>%1 is when the backup was made, a date and time.</extracomment>
        <translation>Adfer y copi wrth gefn (gwnaed: %1)?</translation>
    </message>
    <message>
        <source>Your journal will be replaced by this backup, which holds reflections: %L1, agreements: %L2. The journal as it is now is backed up first, so you can come back to it from this list.</source>
        <extracomment>%L1 and %L2 are numbers.</extracomment>
        <translation>Bydd y copi wrth gefn hwn yn cymryd lle eich dyddlyfr. Mae’n cynnwys myfyrdodau: %L1, cytundebau: %L2. Gwneir copi wrth gefn o’r dyddlyfr fel y mae nawr yn gyntaf, felly gallwch ddod yn ôl ato o’r rhestr hon.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <source>The backup made %1 has been restored. Your journal as it was is kept in the backup made %2.</source>
        <extracomment>%1 is when the backup was made, a date and time.</extracomment>
        <translation>Mae’r copi wrth gefn (gwnaed: %1) wedi’i adfer. Mae eich dyddlyfr fel yr oedd wedi’i gadw mewn copi wrth gefn arall (gwnaed: %2).</translation>
    </message>
    <message>
        <source>Myfyrio backs up your journal by itself. Choose a backup to see what it holds, then restore it. The journal as it is now is backed up first, so a restore can be undone.</source>
        <translation>Mae Myfyrio yn gwneud copïau wrth gefn o’ch dyddlyfr ohono’i hun. Dewiswch gopi wrth gefn i weld beth sydd ynddo, yna adferwch ef. Gwneir copi wrth gefn o’r dyddlyfr fel y mae nawr yn gyntaf, felly mae modd dadwneud adfer.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Myfyrdodau</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Cytundebau</translation>
    </message>
    <message>
        <source>Newest entry</source>
        <translation>Cofnod mwyaf newydd</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Gwiriad</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>What the chosen backup holds</source>
        <translation>Yr hyn sydd yn y copi wrth gefn a ddewiswyd</translation>
    </message>
    <message>
        <source>There are no backups of this journal yet. The first is made within a few minutes of opening it.</source>
        <translation>Does dim copïau wrth gefn o’r dyddlyfr hwn eto. Gwneir y cyntaf o fewn ychydig funudau ar ôl ei agor.</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Yn darllen y copïau wrth gefn…</translation>
    </message>
    <message>
        <source>Choose a backup to see what it holds.</source>
        <translation>Dewiswch gopi wrth gefn i weld beth sydd ynddo.</translation>
    </message>
    <message>
        <source>&amp;Restore This Backup</source>
        <translation>&amp;Adfer y Copi Hwn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>myfyrio::ReviewReminders</name>
    <message>
        <source>Supervision agreements due for review or overdue: %1</source>
        <extracomment>%1 is a number.</extracomment>
        <translation>Cytundebau goruchwylio i&apos;w hadolygu neu&apos;n hwyr: %1</translation>
    </message>
    <message>
        <source>The agreement between %1 and %2 was due for review. Review date: %3.</source>
        <extracomment>%1 is the supervisor&apos;s name, %2 the supervisee&apos;s, %3 a long date. Welsh: &quot;… rhwng y goruchwyliwr %1 a&apos;r goruchwylai %2 …&quot;, so that no name follows &quot;a&quot;.</extracomment>
        <translation>Roedd y cytundeb rhwng y goruchwyliwr %1 a&apos;r goruchwylai %2 i fod i gael ei adolygu. Dyddiad yr adolygiad: %3.</translation>
    </message>
    <message>
        <source>The agreement between %1 and %2 is due for review. Review date: %3.</source>
        <extracomment>%1 is the supervisor&apos;s name, %2 the supervisee&apos;s, %3 a long date. Welsh: &quot;… rhwng y goruchwyliwr %1 a&apos;r goruchwylai %2 …&quot;, so that no name follows &quot;a&quot;.</extracomment>
        <translation>Mae&apos;r cytundeb rhwng y goruchwyliwr %1 a&apos;r goruchwylai %2 i&apos;w adolygu. Dyddiad yr adolygiad: %3.</translation>
    </message>
</context>
<context>
    <name>myfyrio::ReviewTogetherDialog</name>
    <message>
        <source>Review the agreement together</source>
        <translation>Adolygu&apos;r cytundeb gyda&apos;ch gilydd</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Cytunwyd</translation>
    </message>
    <message>
        <source>To discuss</source>
        <translation>I&apos;w drafod</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nodyn:</translation>
    </message>
    <message>
        <source>What to change or talk about in this section</source>
        <translation>Beth i&apos;w newid neu ei drafod yn yr adran hon</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Yr adran flaenorol</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Yr adran nesaf</translation>
    </message>
    <message>
        <source>Sign this version</source>
        <translation>Llofnodi&apos;r fersiwn hon</translation>
    </message>
    <message>
        <source>Supervisor&apos;s full name:</source>
        <translation>Enw llawn y goruchwyliwr:</translation>
    </message>
    <message>
        <source>Supervisee&apos;s full name:</source>
        <translation>Enw llawn y goruchwylai:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dyddiad:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Llofnodi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Section %1 of %2</source>
        <extracomment>%1 is a number; %2 is a number.</extracomment>
        <translation>Adran %1 / %2</translation>
    </message>
    <message>
        <source>*Nothing is written in this section yet.*</source>
        <translation>*Nid oes dim wedi&apos;i ysgrifennu yn yr adran hon eto.*</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A section to discuss and the note about it: &quot;Recording: who keeps the record?&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>✓ %1 (agreed)</source>
        <extracomment>A section in the review list once agreed: &quot;✓ Context (agreed)&quot;.</extracomment>
        <translation>✓ %1 (cytunwyd)</translation>
    </message>
    <message>
        <source>? %1 (to discuss)</source>
        <extracomment>%1 is a title.</extracomment>
        <translation>? %1 (i&apos;w drafod)</translation>
    </message>
    <message>
        <source>Signed by both of you. Fingerprint: %1</source>
        <extracomment>%1 is a fingerprint (groups of letters and digits).</extracomment>
        <translation>Wedi&apos;i llofnodi gan y ddau ohonoch. Ôl bys: %1</translation>
    </message>
    <message>
        <source>This version is already signed.</source>
        <translation>Mae&apos;r fersiwn hon eisoes wedi&apos;i llofnodi.</translation>
    </message>
    <message>
        <source>Signing is offered once every section is agreed. Sections still to agree: %1</source>
        <extracomment>%1 lists the titles of the sections still to agree.</extracomment>
        <translation>Cynigir llofnodi unwaith y cytunir ar bob adran. Adrannau heb gytuno arnynt eto: %1</translation>
    </message>
    <message>
        <source>Every section is agreed. Each of you types your full name, then choose Sign.</source>
        <translation>Cytunwyd ar bob adran. Teipiwch eich enw llawn, bob un ohonoch, yna dewiswch Llofnodi.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Heb ei llofnodi</translation>
    </message>
</context>
<context>
    <name>myfyrio::SavedFile</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <extracomment>%1 is a file name; %2 is a sentence saying what went wrong.</extracomment>
        <translation>Nid oedd modd ysgrifennu “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written because its folder does not exist.</source>
        <extracomment>%1 is the path of the file.</extracomment>
        <translation>Nid oedd modd ysgrifennu “%1” gan nad yw ei ffolder yn bodoli.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link. Myfyrio does not write through links: choose the file it points to, or another name.</source>
        <extracomment>%1 is the path of the file.</extracomment>
        <translation>Dolen symbolaidd yw “%1”. Nid yw Myfyrio yn ysgrifennu drwy ddolenni: dewiswch y ffeil y mae’n pwyntio ati, neu enw arall.</translation>
    </message>
    <message>
        <source>“%1” is not a file, so it cannot be replaced.</source>
        <extracomment>%1 is the path of the file.</extracomment>
        <translation>Nid ffeil yw “%1”, felly nid oes modd ei disodli.</translation>
    </message>
    <message>
        <source>it could not be made private to you.</source>
        <translation>nid oedd modd ei gwneud yn breifat i chi.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be made.</source>
        <extracomment>%1 is a folder path.</extracomment>
        <translation>Nid oedd modd gwneud y ffolder “%1”.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be made private to you.</source>
        <extracomment>%1 is the path of the folder.</extracomment>
        <translation>Nid oedd modd gwneud y ffolder “%1” yn breifat i chi.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <extracomment>%1 is the path of the folder.</extracomment>
        <translation>Nid ffolder yw “%1”.</translation>
    </message>
</context>
<context>
    <name>myfyrio::SavedFileNotice</name>
    <message>
        <source>Saved as “%1” in the folder “%2”.</source>
        <extracomment>%1 is the file&apos;s name, %2 the folder it was saved in.</extracomment>
        <translation>Wedi’i gadw fel “%1” yn y ffolder “%2”.</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Agor y Ffeil</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Agor y Ffolder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>myfyrio::ScaleFilter</name>
    <message>
        <source>All system scales</source>
        <translation>Pob graddfa system</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <extracomment>%1 is a label from elsewhere in the interface, already translated.</extracomment>
        <translation>Graddfa: %1</translation>
    </message>
    <message>
        <source>System scale</source>
        <translation>Graddfa&apos;r system</translation>
    </message>
    <message>
        <source>Shows only the reflections about a system of the scale you choose.</source>
        <translation>Yn dangos dim ond y myfyrdodau am system o’r raddfa a ddewiswch.</translation>
    </message>
</context>
<context>
    <name>myfyrio::SearchIndex</name>
    <message>
        <source>The search index does not match the reflections.</source>
        <translation>Nid yw&apos;r mynegai chwilio yn cyfateb i&apos;r myfyrdodau.</translation>
    </message>
    <message>
        <source>The search index can only be set aside inside a transaction.</source>
        <translation>Dim ond y tu mewn i drafodiad y mae modd rhoi&apos;r mynegai chwilio o&apos;r neilltu.</translation>
    </message>
</context>
<context>
    <name>myfyrio::SearchQuery</name>
    <message>
        <source>Only the first %1 characters of the search were used.</source>
        <extracomment>%1 is a number of characters.</extracomment>
        <translation>Dim ond dechrau&apos;r chwiliad a ddefnyddiwyd. Nifer y nodau a ddefnyddiwyd: %1.</translation>
    </message>
    <message>
        <source>“%1” was left out: only words and phrases can be excluded with a minus sign.</source>
        <extracomment>%1 is what the person typed, such as -tag:work.</extracomment>
        <translation>Gadawyd “%1” allan: dim ond geiriau ac ymadroddion y gellir eu hepgor gydag arwydd minws.</translation>
    </message>
    <message>
        <source>Only the first %1 words or phrases of the search were used.</source>
        <extracomment>%1 is a number of words.</extracomment>
        <translation>Dim ond dechrau&apos;r chwiliad a ddefnyddiwyd. Nifer y geiriau a&apos;r ymadroddion a ddefnyddiwyd: %1.</translation>
    </message>
    <message>
        <source>“%1” needs something after the colon, for example tag:supervision.</source>
        <extracomment>%1 is a search key such as tag: or after:.</extracomment>
        <translation>Mae angen rhywbeth ar ôl y colon: “%1”. Er enghraifft tag:goruchwylio.</translation>
    </message>
    <message>
        <source>“%1” is not a language of the journal. Use lang:cy or lang:en.</source>
        <extracomment>%1 is what the person typed after lang:.</extracomment>
        <translation>Nid yw “%1” yn un o ieithoedd y dyddlyfr. Defnyddiwch iaith:cy neu iaith:en.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write a date as year-month-day, for example after:2024-03-01.</source>
        <extracomment>%1 is what the person typed after after: or before:.</extracomment>
        <translation>Nid yw “%1” yn ddyddiad. Ysgrifennwch ddyddiad fel blwyddyn-mis-diwrnod, er enghraifft wedi:2024-03-01.</translation>
    </message>
    <message>
        <source>“%1” is not a reason for failure. Use one of: %2.</source>
        <extracomment>%1 is what the person typed after reason:; %2 lists the codes that can be used.</extracomment>
        <translation>Nid yw “%1” yn rheswm dros fethiant. Defnyddiwch un o&apos;r rhain: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a type of failure. Use type:basic, type:complex or type:intelligent.</source>
        <extracomment>%1 is what the person typed after type:. %1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn fath o fethiant. Defnyddiwch math:basic, math:complex neu math:intelligent.</translation>
    </message>
    <message>
        <source>Every word must appear; a word also finds its Welsh mutations (tref: dref, nhref, thref).
&quot;a phrase&quot; — words together, in this order
this OR that — either word
-word — leave out reflections with it
tag:name   lang:cy or lang:en   type:basic, complex or intelligent   reason:CODE
after:2024-01-31 (that day and later)   before:2024-03-01 (up to the day before)</source>
        <extracomment>The search box&apos;s tooltip. Keep the search keys (tag:, lang:, after:, before:, reason:, type:, OR) as they are; their Welsh names (iaith:, wedi:, cyn:, rheswm:, math:, NEU) work too.</extracomment>
        <translation>Rhaid i bob gair ymddangos; mae gair hefyd yn canfod ei dreigladau (tref: dref, nhref, thref).
&quot;ymadrodd&quot; — y geiriau gyda&apos;i gilydd, yn y drefn hon
hyn NEU hwnna — y naill air neu&apos;r llall
-gair — gadael allan y myfyrdodau sydd ag ef
tag:enw   iaith:cy neu iaith:en   math:basic, complex neu intelligent   rheswm:COD
wedi:2024-01-31 (y diwrnod hwnnw ac wedyn)   cyn:2024-03-01 (hyd at y diwrnod cynt)
Mae&apos;r allweddi Saesneg (lang:, after:, before:, reason:, type:, OR) yn gweithio hefyd.</translation>
    </message>
</context>
<context>
    <name>myfyrio::SectionCatalog</name>
    <message>
        <source>Parties and roles</source>
        <translation>Y partïon a&apos;u rolau</translation>
    </message>
    <message>
        <source>Who the supervisor and supervisee are, their roles, the line manager, and who covers when the supervisor is away.</source>
        <translation>Pwy yw&apos;r goruchwyliwr a&apos;r goruchwylai, eu rolau, y rheolwr llinell, a phwy sy&apos;n cyflenwi pan fydd y goruchwyliwr i ffwrdd.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dyddiadau</translation>
    </message>
    <message>
        <source>When the agreement starts and when it will be reviewed (often after three months, then every year).</source>
        <translation>Pryd mae&apos;r cytundeb yn dechrau a phryd y caiff ei adolygu (yn aml ar ôl tri mis, yna bob blwyddyn).</translation>
    </message>
    <message>
        <source>Context</source>
        <extracomment>Glossary: an agreement&apos;s Context is &quot;Cyd-destun&quot;; a failure&apos;s Setting is &quot;Sefyllfa&quot;.</extracomment>
        <translation>Cyd-destun</translation>
    </message>
    <message>
        <source>The professional standards (Social Work England, the Social Care Wales Code of Professional Practice) and agency policies the supervision works within.</source>
        <translation>Y safonau proffesiynol (Social Work England, Cod Ymarfer Proffesiynol Gofal Cymdeithasol Cymru) a pholisïau&apos;r asiantaeth y mae&apos;r oruchwyliaeth yn gweithio o&apos;u mewn.</translation>
    </message>
    <message>
        <source>Purpose and functions</source>
        <translation>Diben a swyddogaethau</translation>
    </message>
    <message>
        <source>Which of the four functions the supervision serves, the four stakeholders, and how the reflective cycle is used.</source>
        <translation>Pa rai o&apos;r pedair swyddogaeth y mae&apos;r oruchwyliaeth yn eu gwasanaethu, y pedwar rhanddeiliad, a sut y defnyddir y cylch myfyriol.</translation>
    </message>
    <message>
        <source>Practicalities</source>
        <translation>Trefniadau ymarferol</translation>
    </message>
    <message>
        <source>How often, for how long, where, who books, the format, privacy and interruptions.</source>
        <translation>Pa mor aml, am ba hyd, ble, pwy sy&apos;n trefnu, y fformat, preifatrwydd ac ymyriadau.</translation>
    </message>
    <message>
        <source>Preparation and agenda</source>
        <translation>Paratoi a&apos;r agenda</translation>
    </message>
    <message>
        <source>Who sets the agenda and how much notice is given.</source>
        <translation>Pwy sy&apos;n gosod yr agenda a faint o rybudd a roddir.</translation>
    </message>
    <message>
        <source>Cancellation and rescheduling</source>
        <translation>Diddymu ac aildrefnu</translation>
    </message>
    <message>
        <source>Sessions are cancelled only for emergencies, rebooked within a set number of working days, and the reason is recorded.</source>
        <translation>Dim ond mewn argyfwng y diddymir sesiynau, cânt eu haildrefnu o fewn nifer penodol o ddiwrnodau gwaith, a chofnodir y rheswm.</translation>
    </message>
    <message>
        <source>Confidentiality and its limits</source>
        <translation>Cyfrinachedd a&apos;i derfynau</translation>
    </message>
    <message>
        <source>The safeguarding and practice-safety exceptions, and who may see the record.</source>
        <translation>Yr eithriadau diogelu a diogelwch ymarfer, a phwy gaiff weld y cofnod.</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Cofnodi</translation>
    </message>
    <message>
        <source>Who writes the record, by when, where it is kept, and the supervisee&apos;s right to comment on it.</source>
        <translation>Pwy sy&apos;n ysgrifennu&apos;r cofnod, erbyn pryd, ble y caiff ei gadw, a hawl y goruchwylai i roi sylwadau arno.</translation>
    </message>
    <message>
        <source>Expectations of each party</source>
        <translation>Disgwyliadau&apos;r naill barti a&apos;r llall</translation>
    </message>
    <message>
        <source>What each wants from the other and will bring: learning style, feedback preferences, power and difference.</source>
        <translation>Beth mae&apos;r naill eisiau gan y llall ac y bydd yn ei gyfrannu: dull dysgu, dewisiadau adborth, grym a gwahaniaeth.</translation>
    </message>
    <message>
        <source>When things go wrong</source>
        <translation>Pan aiff pethau o chwith</translation>
    </message>
    <message>
        <source>Raise it in supervision first, then with a named person; how the relationship is repaired.</source>
        <translation>Ei godi mewn goruchwyliaeth yn gyntaf, yna gydag unigolyn a enwir; sut yr adferir y berthynas.</translation>
    </message>
    <message>
        <source>Evaluating the supervision</source>
        <translation>Gwerthuso&apos;r oruchwyliaeth</translation>
    </message>
    <message>
        <source>How and when both parties look at how the supervision relationship is working.</source>
        <translation>Sut a phryd y mae&apos;r ddau barti yn edrych ar sut mae&apos;r berthynas oruchwylio&apos;n gweithio.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Llofnodion</translation>
    </message>
    <message>
        <source>Both parties sign with their full names once every section is agreed.</source>
        <translation>Mae&apos;r ddau barti yn llofnodi â&apos;u henwau llawn unwaith y cytunir ar bob adran.</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Rheoli</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Datblygu</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Cefnogi</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Cyfryngu</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Un i un</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>O bell</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Goruchwyliwr</translation>
    </message>
    <message>
        <source>Supervisee</source>
        <translation>Goruchwylai</translation>
    </message>
</context>
<context>
    <name>myfyrio::SectionText</name>
    <message>
        <source>Supervisor: %1</source>
        <extracomment>%1 is a person&apos;s name, or two joined.</extracomment>
        <translation>Goruchwyliwr: %1</translation>
    </message>
    <message>
        <source>Supervisor&apos;s role: %1</source>
        <extracomment>%1 is the role as written in the agreement, or a dash.</extracomment>
        <translation>Rôl y goruchwyliwr: %1</translation>
    </message>
    <message>
        <source>Supervisee: %1</source>
        <extracomment>%1 is a person&apos;s name, or two joined.</extracomment>
        <translation>Goruchwylai: %1</translation>
    </message>
    <message>
        <source>Supervisee&apos;s role: %1</source>
        <extracomment>%1 is the role as written in the agreement, or a dash.</extracomment>
        <translation>Rôl y goruchwylai: %1</translation>
    </message>
    <message>
        <source>Start date: %1</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Dyddiad cychwyn: %1</translation>
    </message>
    <message>
        <source>Review date: %1</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Dyddiad adolygu: %1</translation>
    </message>
    <message>
        <source>Functions: %1</source>
        <extracomment>%1 lists the functions of supervision agreed, or a dash.</extracomment>
        <translation>Swyddogaethau: %1</translation>
    </message>
    <message numerus="yes">
        <source>Frequency: every %n week(s)</source>
        <translation>
            <numerusform>Amledd: bob %n wythnos</numerusform>
            <numerusform>Amledd: bob %n wythnos</numerusform>
            <numerusform>Amledd: bob %n wythnos</numerusform>
            <numerusform>Amledd: bob %n wythnos</numerusform>
            <numerusform>Amledd: bob %n wythnos</numerusform>
        </translation>
    </message>
    <message>
        <source>Frequency: not agreed yet</source>
        <translation>Amledd: heb gytuno eto</translation>
    </message>
    <message numerus="yes">
        <source>Length: %n minute(s)</source>
        <extracomment>%n is a number of minutes.</extracomment>
        <translation>
            <numerusform>Hyd: %n munud</numerusform>
            <numerusform>Hyd: %n munud</numerusform>
            <numerusform>Hyd: %n munud</numerusform>
            <numerusform>Hyd: %n munud</numerusform>
            <numerusform>Hyd: %n munud</numerusform>
        </translation>
    </message>
    <message>
        <source>Length: not agreed yet</source>
        <translation>Hyd: heb gytuno eto</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <extracomment>%1 is a label from elsewhere in the interface, already translated.</extracomment>
        <translation>Fformat: %1</translation>
    </message>
</context>
<context>
    <name>myfyrio::SessionEditorDialog</name>
    <message>
        <source>Add action</source>
        <translation>Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Tynnu cam gweithredu</translation>
    </message>
    <message>
        <source>Supervision session</source>
        <translation>Sesiwn oruchwylio</translation>
    </message>
    <message>
        <source>New supervision session</source>
        <translation>Sesiwn oruchwylio newydd</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dyddiad:</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Cynhaliwyd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Diddymwyd</translation>
    </message>
    <message>
        <source>Reason for cancelling:</source>
        <translation>Rheswm dros ddiddymu:</translation>
    </message>
    <message>
        <source>Rebooked</source>
        <translation>Aildrefnwyd</translation>
    </message>
    <message>
        <source>Agenda: reflections brought to supervision and open actions</source>
        <translation>Agenda: myfyrdodau a ddygwyd i oruchwyliaeth a chamau gweithredu agored</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Functions this session covered</source>
        <translation>Swyddogaethau a gwmpaswyd yn y sesiwn hon</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Reflection: %1 (%2)</source>
        <extracomment>An agenda choice: &quot;Reflection: Home visit (01/03/2024)&quot;. %1 is a title; %2 is a short date.</extracomment>
        <translation>Myfyrdod: %1 (%2)</translation>
    </message>
    <message>
        <source>Open action: %1</source>
        <extracomment>%1 is what the action says to do. Glossary: an open action is &quot;cam gweithredu agored&quot; (not &quot;ar agor&quot; or &quot;heb ei wneud&quot;).</extracomment>
        <translation>Cam gweithredu agored: %1</translation>
    </message>
    <message>
        <source>Open action: %1 (due %2)</source>
        <extracomment>%1 is what the action says to do; %2 is a short date.</extracomment>
        <translation>Cam gweithredu agored: %1 (erbyn %2)</translation>
    </message>
    <message>
        <source>No reflection is marked “bring to supervision” and no action is open.</source>
        <translation>Nid oes myfyrdod wedi&apos;i farcio “dod ag ef i oruchwyliaeth” ac nid oes cam gweithredu agored.</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Dim dyddiad</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>Ni chadwyd y sesiwn</translation>
    </message>
    <message>
        <source>Save the changes to this session?</source>
        <translation>Cadw&apos;r newidiadau i&apos;r sesiwn hon?</translation>
    </message>
    <message>
        <source>If you do not save them, your changes will be lost.</source>
        <translation>Os na fyddwch chi&apos;n eu cadw, bydd eich newidiadau&apos;n cael eu colli.</translation>
    </message>
</context>
<context>
    <name>myfyrio::SessionOverviewPanel</name>
    <message>
        <source>From %1 to %2</source>
        <extracomment>%1 is a date; %2 is a date.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sessions held: %1 of the %2 the agreed frequency expects (every %3 weeks)</source>
        <extracomment>%1 is a number; %2 is a number; %3 is a number.</extracomment>
        <translation>Sesiynau a gynhaliwyd: %1 o&apos;r %2 a ddisgwylir gan yr amlder y cytunwyd arno (bob %3 wythnos)</translation>
    </message>
    <message>
        <source>Sessions held: %1 (no frequency has been agreed)</source>
        <extracomment>%1 is a number.</extracomment>
        <translation>Sesiynau a gynhaliwyd: %1 (ni chytunwyd ar amlder)</translation>
    </message>
    <message>
        <source>Cancelled: %1, of which rebooked: %2</source>
        <extracomment>%1 is a number; %2 is a number.</extracomment>
        <translation>Wedi&apos;u diddymu: %1, ac o&apos;r rheini wedi&apos;u haildrefnu: %2</translation>
    </message>
    <message>
        <source>Which of the four functions the held sessions covered, month by month:</source>
        <translation>Pa rai o&apos;r pedair swyddogaeth a gwmpaswyd gan y sesiynau a gynhaliwyd, fesul mis:</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Sesiynau a gynhaliwyd</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Y cyfan</translation>
    </message>
</context>
<context>
    <name>myfyrio::SessionStore</name>
    <message>
        <source>A session belongs to an agreement.</source>
        <translation>Mae sesiwn yn perthyn i gytundeb.</translation>
    </message>
    <message>
        <source>A session needs a date.</source>
        <translation>Mae angen dyddiad ar sesiwn.</translation>
    </message>
    <message>
        <source>Record why the session was cancelled.</source>
        <translation>Cofnodwch pam y diddymwyd y sesiwn.</translation>
    </message>
    <message>
        <source>“%1” is not one of the four functions of supervision.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn un o bedair swyddogaeth goruchwyliaeth.</translation>
    </message>
    <message>
        <source>Every action needs a description.</source>
        <translation>Mae angen disgrifiad ar bob cam gweithredu.</translation>
    </message>
    <message>
        <source>An action is owned by the supervisor or the supervisee.</source>
        <translation>Y goruchwyliwr neu&apos;r goruchwylai sy&apos;n berchen ar gam gweithredu.</translation>
    </message>
    <message>
        <source>Only reflections marked “bring to supervision” can be on an agenda.</source>
        <translation>Dim ond myfyrdodau wedi&apos;u marcio “dod ag ef i oruchwyliaeth” a all fod ar agenda.</translation>
    </message>
    <message>
        <source>The session could not be found.</source>
        <translation>Nid oedd modd dod o hyd i&apos;r sesiwn.</translation>
    </message>
</context>
<context>
    <name>myfyrio::SessionsPanel</name>
    <message>
        <source>Record a session…</source>
        <translation>Cofnodi sesiwn…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column headings of the session list: each session&apos;s date, whether it was held or cancelled, the functions of supervision it covered, and its actions. Short, so that they fit in Welsh too.</extracomment>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Cynhaliwyd</translation>
    </message>
    <message>
        <source>Cancelled (%1), rebooked</source>
        <extracomment>%1 is why the session was cancelled, as written.</extracomment>
        <translation>Diddymwyd (%1), aildrefnwyd</translation>
    </message>
    <message>
        <source>Cancelled (%1), not rebooked</source>
        <extracomment>%1 is why the session was cancelled, as written.</extracomment>
        <translation>Diddymwyd (%1), heb ei aildrefnu</translation>
    </message>
    <message>
        <source>Actions: %1, open: %2</source>
        <extracomment>%1 is a number of actions; %2 is how many of them are still open.</extracomment>
        <translation>Camau gweithredu: %1, agored: %2</translation>
    </message>
    <message>
        <source>No session has been recorded under this agreement yet.</source>
        <translation>Nid oes sesiwn wedi&apos;i chofnodi dan y cytundeb hwn eto.</translation>
    </message>
    <message>
        <source>Sessions recorded: %1</source>
        <extracomment>%1 is a number of sessions.</extracomment>
        <translation>Sesiynau a gofnodwyd: %1</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Dileu&apos;r sesiwn</translation>
    </message>
    <message>
        <source>Delete the session of %1 with its notes and actions? This cannot be undone.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Dileu sesiwn %1 gyda&apos;i nodiadau a&apos;i chamau gweithredu? Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <source>Session not deleted</source>
        <translation>Ni ddilëwyd y sesiwn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Swyddogaethau</translation>
    </message>
</context>
<context>
    <name>myfyrio::ShareCardDialog</name>
    <message>
        <source>The card check found nothing that could identify someone, nor the reflection&apos;s day, nor words copied from its body.</source>
        <translation>Ni chanfu gwiriad y cerdyn ddim a allai adnabod rhywun, na diwrnod y myfyrdod, na geiriau wedi&apos;u copïo o&apos;i gorff.</translation>
    </message>
    <message>
        <source>The card still holds what the card check found. Share it only if you typed these into the card on purpose and they identify no one.</source>
        <translation>Mae&apos;r cerdyn yn dal i gynnwys yr hyn a ganfu gwiriad y cerdyn. Rhannwch ef dim ond os gwnaethoch deipio&apos;r rhain i&apos;r cerdyn yn fwriadol ac nad ydynt yn adnabod neb.</translation>
    </message>
    <message>
        <source>Share Anyway</source>
        <translation>Rhannu Beth Bynnag</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Mynd yn Ôl</translation>
    </message>
    <message>
        <source>Choose the Card Folder</source>
        <translation>Dewis y Ffolder Cardiau</translation>
    </message>
    <message>
        <source>The learning card was written to “%1”. You can withdraw it later from File ▸ Shared Learning Cards.</source>
        <extracomment>%1 is the path of the card&apos;s file.</extracomment>
        <translation>Ysgrifennwyd y cerdyn dysgu yn “%1”. Gallwch ei dynnu&apos;n ôl yn nes ymlaen o Ffeil ▸ Cardiau Dysgu a Rannwyd.</translation>
    </message>
    <message>
        <source>Share as Learning Card</source>
        <translation>Rhannu fel Cerdyn Dysgu</translation>
    </message>
    <message>
        <source>A learning card holds only what you write in it here, never the reflection&apos;s body or day. Write the lesson in your own words for the people who will read it, and leave out anyone&apos;s name.</source>
        <translation>Dim ond yr hyn rydych chi&apos;n ei ysgrifennu ynddo yma sydd mewn cerdyn dysgu, byth corff na diwrnod y myfyrdod. Ysgrifennwch y wers yn eich geiriau eich hun ar gyfer y bobl a fydd yn ei darllen, a gadewch enwau pobl allan.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Gwers:</translation>
    </message>
    <message>
        <source>&amp;Enabling question:</source>
        <translation>&amp;Cwestiwn galluogi:</translation>
    </message>
    <message>
        <source>What would the team, organisation or place need to do?</source>
        <translation>Beth fyddai angen i&apos;r tîm, y sefydliad neu&apos;r lle ei wneud?</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>Dim wedi&apos;i rhoi</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>T&amp;agiau:</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Wedi&apos;u gwahanu gan atalnodau</translation>
    </message>
    <message>
        <source>&amp;Author label:</source>
        <translation>&amp;Label awdur:</translation>
    </message>
    <message>
        <source>Initials, a team name, or nothing</source>
        <translation>Llythrennau blaen, enw tîm, neu ddim byd</translation>
    </message>
    <message>
        <source>La&amp;nguage of the card:</source>
        <translation>&amp;Iaith y cerdyn:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mis:</translation>
    </message>
    <message>
        <source>Failure placement:</source>
        <translation>Lle ar sbectrwm methiant:</translation>
    </message>
    <message>
        <source>Not placed on the spectrum</source>
        <translation>Heb ei osod ar y sbectrwm</translation>
    </message>
    <message>
        <source>What the card check found</source>
        <translation>Yr hyn a ganfu gwiriad y cerdyn</translation>
    </message>
    <message>
        <source>What keeps the card from being shared</source>
        <translation>Yr hyn sy&apos;n atal rhannu&apos;r cerdyn</translation>
    </message>
    <message>
        <source>&amp;Redact</source>
        <translation>Rhoi &amp;Dalfannau</translation>
    </message>
    <message>
        <source>Replace everything the card check found with a placeholder such as [name].</source>
        <translation>Rhoi dalfan fel [enw] yn lle popeth a ganfu gwiriad y cerdyn.</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Rhannu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>The card check found what could identify someone or give away more than you mean to share (%1). Edit it, redact it, or confirm when you share that you typed it on purpose:</source>
        <extracomment>%1 is a number of findings.</extracomment>
        <translation>Canfu gwiriad y cerdyn rywbeth a allai adnabod rhywun neu ddatgelu mwy nag yr ydych yn bwriadu ei rannu (%1). Golygwch ef, rhowch ddalfannau yn ei le, neu cadarnhewch wrth rannu eich bod wedi&apos;i deipio&apos;n fwriadol:</translation>
    </message>
    <message>
        <source>S&amp;ystem scale:</source>
        <translation>Graddfa&apos;r &amp;system:</translation>
    </message>
</context>
<context>
    <name>myfyrio::SharedCardStore</name>
    <message>
        <source>This journal did not share a card with the id “%1”.</source>
        <extracomment>%1 is a card&apos;s id.</extracomment>
        <translation>Ni rannodd y dyddlyfr hwn gerdyn â&apos;r dynodydd “%1”.</translation>
    </message>
    <message>
        <source>More than one card&apos;s id starts with “%1”: give more of it.</source>
        <extracomment>%1 is the start of a card id the user typed.</extracomment>
        <translation>Mae dynodydd mwy nag un cerdyn yn dechrau â “%1”: rhowch fwy ohono.</translation>
    </message>
</context>
<context>
    <name>myfyrio::SharedCardsDialog</name>
    <message>
        <source>Withdrawn on %1</source>
        <extracomment>%1 is the date the card was withdrawn.</extracomment>
        <translation>Wedi&apos;i dynnu&apos;n ôl: %1</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Wedi&apos;i rannu</translation>
    </message>
    <message>
        <source>This journal has not shared any learning cards yet. Open a reflection and choose File ▸ Share as Learning Card.</source>
        <translation>Nid yw&apos;r dyddlyfr hwn wedi rhannu unrhyw gardiau dysgu eto. Agorwch fyfyrdod a dewis Ffeil ▸ Rhannu fel Cerdyn Dysgu.</translation>
    </message>
    <message>
        <source>The learning cards this journal wrote. Withdrawing a card replaces its file with a withdrawal record, so that every copy of the folder leaves it out.</source>
        <translation>Y cardiau dysgu a ysgrifennodd y dyddlyfr hwn. Mae tynnu cerdyn yn ôl yn rhoi cofnod tynnu&apos;n ôl yn lle ei ffeil, fel bod pob copi o&apos;r ffolder yn ei adael allan.</translation>
    </message>
    <message>
        <source>Withdraw Learning Card</source>
        <translation>Tynnu Cerdyn Dysgu yn Ôl</translation>
    </message>
    <message>
        <source>Withdraw the card “%1”? Its file in “%2” is replaced by a withdrawal record.</source>
        <extracomment>%1 is the card&apos;s title, %2 the folder it is in.</extracomment>
        <translation>Tynnu&apos;r cerdyn “%1” yn ôl? Bydd cofnod tynnu&apos;n ôl yn cymryd lle ei ffeil yn “%2”.</translation>
    </message>
    <message>
        <source>Shared Learning Cards</source>
        <translation>Cardiau Dysgu a Rannwyd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Learning cards this journal shared</source>
        <translation>Cardiau dysgu a rannodd y dyddlyfr hwn</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Tynnu&apos;n Ôl…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Date shared</source>
        <translation>Dyddiad rhannu</translation>
    </message>
</context>
<context>
    <name>myfyrio::SpectrumControl</name>
    <message>
        <source>Suggested type: %1</source>
        <extracomment>%1 is a label from elsewhere in the interface, already translated.
----------
%1 is a failure type, such as “Complex”.</extracomment>
        <translation>Math a awgrymir: %1</translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <extracomment>A screen reader&apos;s name for one reason on the spectrum: &quot;Inattention, 2 of 9&quot;.</extracomment>
        <translation>%1, rheswm %2, cyfanswm %3</translation>
    </message>
    <message>
        <source>Reasons for failure, from blameworthy to praiseworthy</source>
        <translation>Rhesymau dros fethiant, o&apos;r beius i&apos;r canmoladwy</translation>
    </message>
    <message>
        <source>Use the arrow keys to move, Space or Enter to choose, Delete to clear.</source>
        <translation>Defnyddiwch y bysellau saeth i symud, y Bylchwr neu Enter i ddewis, a Delete i glirio.</translation>
    </message>
    <message>
        <source>← Blameworthy</source>
        <translation>← Beius</translation>
    </message>
    <message>
        <source>Praiseworthy →</source>
        <translation>Canmoladwy →</translation>
    </message>
</context>
<context>
    <name>myfyrio::SpellingMenu</name>
    <message>
        <source>No suggestions</source>
        <translation>Dim awgrymiadau</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Ychwanegu at y Geiriadur</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Do not mark this word again until Myfyrio closes.</source>
        <translation>Peidio â marcio&apos;r gair hwn eto nes i Myfyrio gau.</translation>
    </message>
</context>
<context>
    <name>myfyrio::SystemScale</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Gwlad neu ranbarth</translation>
    </message>
</context>
<context>
    <name>myfyrio::TeamCardsView</name>
    <message>
        <source>No card is shown.</source>
        <translation>Nid oes cerdyn yn cael ei ddangos.</translation>
    </message>
    <message>
        <source>Choose a card in the list to read it whole.</source>
        <translation>Dewiswch gerdyn yn y rhestr i&apos;w ddarllen yn llawn.</translation>
    </message>
    <message>
        <source>Cards in the folders: %1. Choose one to read it whole.</source>
        <extracomment>%1 is a number of learning cards.</extracomment>
        <translation>Cardiau yn y ffolderi: %1. Dewiswch un i&apos;w ddarllen yn llawn.</translation>
    </message>
    <message>
        <source>Cards the filters keep: %1. Cards in the folders: %2.</source>
        <extracomment>%1 is how many cards the filters keep, %2 how many the folders hold.</extracomment>
        <translation>Cardiau y mae&apos;r hidlwyr yn eu cadw: %1. Cardiau yn y ffolderi: %2.</translation>
    </message>
    <message>
        <source>Learning cards</source>
        <translation>Cardiau dysgu</translation>
    </message>
    <message>
        <source>The cards the filters keep. Choose one to read it whole below.</source>
        <translation>Y cardiau y mae&apos;r hidlwyr yn eu cadw. Dewiswch un i&apos;w ddarllen yn llawn isod.</translation>
    </message>
    <message>
        <source>The chosen learning card</source>
        <translation>Y cerdyn dysgu a ddewiswyd</translation>
    </message>
    <message>
        <source>The whole of the card chosen in the list.</source>
        <translation>Y cerdyn a ddewiswyd yn y rhestr, yn llawn.</translation>
    </message>
</context>
<context>
    <name>myfyrio::TeamLearningDialog</name>
    <message>
        <source>Add a Card Folder</source>
        <translation>Ychwanegu Ffolder Cardiau</translation>
    </message>
    <message>
        <source>Add the card folder your team shares (a shared drive, or a folder your organisation syncs) to see the pattern of its learning cards.</source>
        <translation>Ychwanegwch y ffolder cardiau y mae eich tîm yn ei rhannu (gyriant a rennir, neu ffolder y mae eich sefydliad yn ei chysoni) i weld patrwm ei chardiau dysgu.</translation>
    </message>
    <message>
        <source>team-learning-%1.pdf</source>
        <extracomment>The suggested file name of the PDF; %1 is today&apos;s date as YYYY-MM-DD.</extracomment>
        <translation>dysgu-tim-%1.pdf</translation>
    </message>
    <message>
        <source>Save Team Learning Summary</source>
        <translation>Cadw Crynodeb Dysgu&apos;r Tîm</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Team Learning</source>
        <translation>Dysgu&apos;r Tîm</translation>
    </message>
    <message>
        <source>Card &amp;folders (read, never written):</source>
        <translation>&amp;Ffolderi cardiau (yn cael eu darllen, byth eu hysgrifennu):</translation>
    </message>
    <message>
        <source>Card folders</source>
        <translation>Ffolderi cardiau</translation>
    </message>
    <message>
        <source>Summary of the team&apos;s learning cards</source>
        <translation>Crynodeb o gardiau dysgu&apos;r tîm</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Ychwanegu Ffolder…</translation>
    </message>
    <message>
        <source>&amp;Remove Folder</source>
        <translation>&amp;Tynnu Ffolder</translation>
    </message>
    <message>
        <source>PDF &amp;language:</source>
        <translation>&amp;Iaith y PDF:</translation>
    </message>
    <message>
        <source>&amp;Save Summary as PDF…</source>
        <translation>&amp;Cadw&apos;r Crynodeb fel PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>The team&apos;s pattern and cards</source>
        <translation>Patrwm a chardiau&apos;r tîm</translation>
    </message>
    <message>
        <source>&amp;Pattern</source>
        <translation>&amp;Patrwm</translation>
    </message>
    <message>
        <source>Car&amp;ds</source>
        <translation>Cardia&amp;u</translation>
    </message>
    <message>
        <source>The pattern of the cards the filters keep.</source>
        <translation>Patrwm y cardiau y mae&apos;r hidlwyr yn eu cadw.</translation>
    </message>
    <message>
        <source>The cards the filters keep, one by one.</source>
        <translation>Y cardiau y mae&apos;r hidlwyr yn eu cadw, fesul un.</translation>
    </message>
</context>
<context>
    <name>myfyrio::TeamSummary</name>
    <message>
        <source>Towards the blameworthy end</source>
        <translation>Tua&apos;r pen beius</translation>
    </message>
    <message>
        <source>Failures the system made likely</source>
        <translation>Methiannau a wnaeth y system yn debygol</translation>
    </message>
    <message>
        <source>Praiseworthy: intelligent failures</source>
        <translation>Canmoladwy: methiannau deallus</translation>
    </message>
</context>
<context>
    <name>myfyrio::TeamSummaryHtml</name>
    <message>
        <source>No scale given</source>
        <translation>Dim graddfa wedi&apos;i rhoi</translation>
    </message>
    <message>
        <source>Learning cards: %1</source>
        <extracomment>%1 is a number of cards.</extracomment>
        <translation>Cardiau dysgu: %1</translation>
    </message>
    <message>
        <source>Card files looked at</source>
        <translation>Ffeiliau cardiau a ddarllenwyd</translation>
    </message>
    <message>
        <source>Withdrawn by their writers</source>
        <translation>Wedi&apos;u tynnu&apos;n ôl gan eu hawduron</translation>
    </message>
    <message>
        <source>Not a card (malformed, too big, or a link)</source>
        <translation>Nid cerdyn (diffygiol, rhy fawr, neu ddolen)</translation>
    </message>
    <message>
        <source>Copies with the same id that differ</source>
        <translation>Copïau â&apos;r un dynodydd sy&apos;n wahanol</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <extracomment>%1 is the path of a folder.</extracomment>
        <translation>Methu darllen: %1</translation>
    </message>
    <message>
        <source>There are no learning cards to sum up in these folders.</source>
        <translation>Nid oes cardiau dysgu i&apos;w crynhoi yn y ffolderi hyn.</translation>
    </message>
    <message>
        <source>Praiseworthy failures, apart from blameworthy ones</source>
        <translation>Methiannau canmoladwy, ar wahân i rai beius</translation>
    </message>
    <message>
        <source>Not placed on the spectrum</source>
        <translation>Heb eu gosod ar y sbectrwm</translation>
    </message>
    <message>
        <source>By reason for failure, from blameworthy to praiseworthy</source>
        <translation>Yn ôl y rheswm dros fethiant, o&apos;r beius i&apos;r canmoladwy</translation>
    </message>
    <message>
        <source>By type of failure</source>
        <translation>Yn ôl math o fethiant</translation>
    </message>
    <message>
        <source>By month and type</source>
        <translation>Yn ôl mis a math</translation>
    </message>
    <message>
        <source>No card is placed on the spectrum.</source>
        <translation>Nid oes cerdyn wedi&apos;i osod ar y sbectrwm.</translation>
    </message>
    <message>
        <source>By system scale</source>
        <translation>Yn ôl graddfa system</translation>
    </message>
    <message>
        <source>The most frequent enabling questions</source>
        <translation>Y cwestiynau galluogi mwyaf cyffredin</translation>
    </message>
    <message>
        <source>No card asks an enabling question.</source>
        <translation>Nid oes cerdyn yn gofyn cwestiwn galluogi.</translation>
    </message>
    <message>
        <source>Months: %1 – %2</source>
        <extracomment>%1 and %2 are the first and the last month, such as “March 2024”.</extracomment>
        <translation>Misoedd: %1 – %2</translation>
    </message>
    <message>
        <source>Card files read and left out</source>
        <translation>Ffeiliau cardiau a ddarllenwyd ac a adawyd allan</translation>
    </message>
    <message>
        <source>Cards the filters keep: %1. Cards in the folders: %2. The pattern below counts only the cards the filters keep.</source>
        <extracomment>%1 is how many cards the filters keep, %2 how many the folders hold.</extracomment>
        <translation>Cardiau y mae&apos;r hidlwyr yn eu cadw: %1. Cardiau yn y ffolderi: %2. Mae&apos;r patrwm isod yn cyfrif y cardiau y mae&apos;r hidlwyr yn eu cadw yn unig.</translation>
    </message>
    <message>
        <source>No card matches the filters.</source>
        <translation>Nid oes cerdyn yn cyfateb i&apos;r hidlwyr.</translation>
    </message>
</context>
<context>
    <name>myfyrio::TextUndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
</context>
<context>
    <name>myfyrio::TrashActions</name>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Sbwriel…</translation>
    </message>
    <message>
        <source>See the reflections you deleted, and restore them or delete them for good.</source>
        <translation>Gweld y myfyrdodau a ddilewyd gennych, a&apos;u hadfer neu eu dileu am byth.</translation>
    </message>
</context>
<context>
    <name>myfyrio::TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Sbwriel</translation>
    </message>
    <message numerus="yes">
        <source>Deleted reflections wait here for %n day(s) and are then deleted for good, after a backup of your journal. Restore puts a reflection back in your journal.</source>
        <extracomment>%n is how many days deleted reflections are kept.</extracomment>
        <translation>
            <numerusform>Mae myfyrdodau a ddilewyd yn aros yma am gyfnod penodol (diwrnodau: %n), ac yna&apos;n cael eu dileu am byth, ar ôl gwneud copi wrth gefn o&apos;ch dyddlyfr. Mae Adfer yn rhoi myfyrdod yn ôl yn eich dyddlyfr.</numerusform>
            <numerusform>Mae myfyrdodau a ddilewyd yn aros yma am gyfnod penodol (diwrnodau: %n), ac yna&apos;n cael eu dileu am byth, ar ôl gwneud copi wrth gefn o&apos;ch dyddlyfr. Mae Adfer yn rhoi myfyrdod yn ôl yn eich dyddlyfr.</numerusform>
            <numerusform>Mae myfyrdodau a ddilewyd yn aros yma am gyfnod penodol (diwrnodau: %n), ac yna&apos;n cael eu dileu am byth, ar ôl gwneud copi wrth gefn o&apos;ch dyddlyfr. Mae Adfer yn rhoi myfyrdod yn ôl yn eich dyddlyfr.</numerusform>
            <numerusform>Mae myfyrdodau a ddilewyd yn aros yma am gyfnod penodol (diwrnodau: %n), ac yna&apos;n cael eu dileu am byth, ar ôl gwneud copi wrth gefn o&apos;ch dyddlyfr. Mae Adfer yn rhoi myfyrdod yn ôl yn eich dyddlyfr.</numerusform>
            <numerusform>Mae myfyrdodau a ddilewyd yn aros yma am gyfnod penodol (diwrnodau: %n), ac yna&apos;n cael eu dileu am byth, ar ôl gwneud copi wrth gefn o&apos;ch dyddlyfr. Mae Adfer yn rhoi myfyrdod yn ôl yn eich dyddlyfr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Reflection date</source>
        <translation>Dyddiad y myfyrdod</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dilewyd</translation>
    </message>
    <message>
        <source>Reflections in the trash</source>
        <translation>Myfyrdodau yn y sbwriel</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Mae&apos;r sbwriel yn wag.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <source>&amp;Delete for Good…</source>
        <translation>&amp;Dileu am Byth…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Gwagio&apos;r Sbwriel…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Untitled reflection</source>
        <translation>Myfyrdod heb deitl</translation>
    </message>
    <message>
        <source>Not a valid date</source>
        <translation>Dyddiad annilys</translation>
    </message>
    <message>
        <source>Delete “%1” for good?</source>
        <extracomment>%1 is the title of the reflection in the trash.</extracomment>
        <translation>Dileu “%1” am byth?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n chosen reflection(s) for good?</source>
        <extracomment>%n is how many reflections are chosen in the trash.</extracomment>
        <translation>
            <numerusform>Dileu&apos;r myfyrdodau a ddewiswyd am byth? Nifer: %n</numerusform>
            <numerusform>Dileu&apos;r myfyrdodau a ddewiswyd am byth? Nifer: %n</numerusform>
            <numerusform>Dileu&apos;r myfyrdodau a ddewiswyd am byth? Nifer: %n</numerusform>
            <numerusform>Dileu&apos;r myfyrdodau a ddewiswyd am byth? Nifer: %n</numerusform>
            <numerusform>Dileu&apos;r myfyrdodau a ddewiswyd am byth? Nifer: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Dileu am Byth</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Gwagio&apos;r Sbwriel</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n reflection(s) in the trash for good?</source>
        <extracomment>%n is how many reflections are in the trash.</extracomment>
        <translation>
            <numerusform>Dileu popeth yn y sbwriel am byth? Myfyrdodau: %n</numerusform>
            <numerusform>Dileu popeth yn y sbwriel am byth? Myfyrdodau: %n</numerusform>
            <numerusform>Dileu popeth yn y sbwriel am byth? Myfyrdodau: %n</numerusform>
            <numerusform>Dileu popeth yn y sbwriel am byth? Myfyrdodau: %n</numerusform>
            <numerusform>Dileu popeth yn y sbwriel am byth? Myfyrdodau: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup of your journal is made first, in the “backups” folder beside it. The trash cannot be put back otherwise.</source>
        <translation>Caiff copi wrth gefn o&apos;ch dyddlyfr ei wneud yn gyntaf, yn y ffolder “backups” wrth ei ymyl. Does dim modd rhoi&apos;r sbwriel yn ôl fel arall.</translation>
    </message>
    <message>
        <source>The trash was not emptied, and nothing in it was deleted. %1</source>
        <extracomment>%1 is the reason, a whole sentence.</extracomment>
        <translation>Ni chafodd y sbwriel ei wagio, ac ni chafodd dim ynddo ei ddileu. %1</translation>
    </message>
</context>
<context>
    <name>myfyrio::TrashStore</name>
    <message>
        <source>That item is no longer in the trash.</source>
        <translation>Nid yw&apos;r eitem honno yn y sbwriel mwyach.</translation>
    </message>
</context>
<context>
    <name>myfyrio::WordCountLabel</name>
    <message>
        <source>Words: %1</source>
        <extracomment>The status bar&apos;s count of words in the open reflection; %1 is the number.</extracomment>
        <translation>Geiriau: %1</translation>
    </message>
</context>
<context>
    <name>myfyrio::YamlReader</name>
    <message>
        <source>There was not enough memory to read “%1”.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Nid oedd digon o gof i ddarllen “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not valid YAML: the problem is at line %2, column %3.</source>
        <extracomment>%1 is a file name, %2 a line number, %3 a column number.</extracomment>
        <translation>Nid yw “%1” yn YAML dilys: mae&apos;r broblem yn llinell %2, colofn %3.</translation>
    </message>
    <message>
        <source>“%1” uses a YAML alias at line %2, which Myfyrio does not read.</source>
        <extracomment>%1 is a file name, %2 a line number.</extracomment>
        <translation>Mae “%1” yn defnyddio alias YAML yn llinell %2, ac nid yw Myfyrio yn darllen y rheini.</translation>
    </message>
    <message>
        <source>“%1” is nested more than %3 levels deep at line %2, more than Myfyrio reads.</source>
        <extracomment>%1 is a file name, %2 a line number, %3 the deepest nesting read.</extracomment>
        <translation>Mae “%1” wedi&apos;i nythu&apos;n ddyfnach na %3 lefel yn llinell %2, sy&apos;n ddyfnach nag y mae Myfyrio yn ei ddarllen.</translation>
    </message>
</context>
<context>
    <name>myfyrio::ZipArchive</name>
    <message>
        <source>“%1” is not a zip file, or it is damaged.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Nid ffeil zip yw “%1”, neu mae wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>“%1” holds %2 files, more than the %3 Myfyrio reads from one archive.</source>
        <extracomment>%1 is a file name, %2 the number of files it holds, %3 the most Myfyrio reads.</extracomment>
        <translation>Nifer y ffeiliau yn “%1” yw %2, sy&apos;n fwy na&apos;r %3 y mae Myfyrio yn eu darllen o un archif.</translation>
    </message>
    <message>
        <source>“%1” in “%2” is larger than the %3 MB Myfyrio reads from one file.</source>
        <extracomment>%1 is a file inside an archive, %2 the archive, %3 the largest size read, in megabytes.</extracomment>
        <translation>Mae “%1” yn “%2” yn fwy na&apos;r %3 MB y mae Myfyrio yn eu darllen o un ffeil.</translation>
    </message>
    <message>
        <source>“%1” in “%2” could not be read: the archive is damaged or uses a kind of compression Myfyrio cannot read.</source>
        <extracomment>%1 is a file inside an archive, %2 the archive.
----------
%1 is a file inside the archive; %2 is the archive&apos;s file name.</extracomment>
        <translation>Nid oedd modd darllen “%1” yn “%2”: mae&apos;r archif wedi&apos;i difrodi neu&apos;n defnyddio math o gywasgu na all Myfyrio ei ddarllen.</translation>
    </message>
    <message>
        <source>“%1” in “%2” expands far beyond its compressed size, as a zip bomb does, so it was not read.</source>
        <extracomment>%1 is a file inside an archive, %2 the archive.</extracomment>
        <translation>Mae “%1” yn “%2” yn ehangu ymhell y tu hwnt i&apos;w faint cywasgedig, fel y mae bom zip yn ei wneud, felly ni chafodd ei ddarllen.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli</name>
    <message>
        <source>Add a reflection to the journal.</source>
        <translation>Ychwanegu myfyrdod at y dyddlyfr.</translation>
    </message>
    <message>
        <source>List the reflections, newest first.</source>
        <translation>Rhestru&apos;r myfyrdodau, y mwyaf newydd yn gyntaf.</translation>
    </message>
    <message>
        <source>Search the reflections for words.</source>
        <translation>Chwilio&apos;r myfyrdodau am eiriau.</translation>
    </message>
    <message>
        <source>List the reflective models and their prompts.</source>
        <translation>Rhestru&apos;r modelau myfyriol a&apos;u cwestiynau.</translation>
    </message>
    <message>
        <source>List the actions that are not done yet.</source>
        <translation>Rhestru&apos;r camau gweithredu sydd heb eu gwneud eto.</translation>
    </message>
    <message>
        <source>Show where placed events fall on the failure spectrum.</source>
        <translation>Dangos ble mae&apos;r digwyddiadau a osodwyd yn syrthio ar y sbectrwm methiant.</translation>
    </message>
    <message>
        <source>Create, sign, list, export and import supervision agreements.</source>
        <translation>Creu, llofnodi, rhestru, allforio a mewnforio cytundebau goruchwylio.</translation>
    </message>
    <message>
        <source>Write a PDF report, a JSON backup or Markdown files.</source>
        <translation>Ysgrifennu adroddiad PDF, copi wrth gefn JSON neu ffeiliau Markdown.</translation>
    </message>
    <message>
        <source>Show this CPD cycle&apos;s hours against your regulator&apos;s requirement.</source>
        <translation>Dangos oriau&apos;r cylch DPP hwn o&apos;u cymharu â gofyn eich rheoleiddiwr.</translation>
    </message>
    <message>
        <source>Keep a file with a reflection, inside the journal.</source>
        <translation>Cadw ffeil gyda myfyrdod, y tu mewn i&apos;r dyddlyfr.</translation>
    </message>
    <message>
        <source>List the files kept with a reflection.</source>
        <translation>Rhestru&apos;r ffeiliau a gedwir gyda myfyrdod.</translation>
    </message>
    <message>
        <source>Restore or merge a JSON backup, or bring in the entries of RedNotebook, Day One, jrnl or Markdown notes.</source>
        <translation>Adfer neu gyfuno copi wrth gefn JSON, neu ddod â chofnodion RedNotebook, Day One, jrnl neu nodiadau Markdown i mewn.</translation>
    </message>
    <message>
        <source>Make, list, check and restore the journal&apos;s automatic backups.</source>
        <translation>Gwneud, rhestru, gwirio ac adfer copïau wrth gefn awtomatig y dyddlyfr.</translation>
    </message>
    <message>
        <source>Move a reflection to the trash.</source>
        <translation>Symud myfyrdod i&apos;r sbwriel.</translation>
    </message>
    <message>
        <source>List the trash, restore a reflection from it, or empty it.</source>
        <translation>Rhestru&apos;r sbwriel, adfer myfyrdod ohono, neu ei wagio.</translation>
    </message>
    <message>
        <source>Share learning cards, withdraw them, and sum up a card folder.</source>
        <translation>Rhannu cardiau dysgu, eu tynnu&apos;n ôl, a chrynhoi ffolder cardiau.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::ActionsCommand</name>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Erbyn yn fuan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>I&apos;w wneud</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>List the actions of every reflection that are not done yet, overdue first.</source>
        <translation>Rhestru camau gweithredu pob myfyrdod sydd heb eu gwneud eto, y rhai hwyr yn gyntaf.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Argraffu JSON yn lle testun.</translation>
    </message>
    <message>
        <source>Include the actions that are done.</source>
        <translation>Cynnwys y camau gweithredu sydd wedi&apos;u gwneud.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Ymresymiad annisgwyl “%1”.</translation>
    </message>
    <message>
        <source>There are no open actions.</source>
        <translation>Nid oes camau gweithredu agored.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::AddCommand</name>
    <message>
        <source>Add a reflection to the journal. Without --body, the body is read from standard input.</source>
        <translation>Ychwanegu myfyrdod at y dyddlyfr. Heb --body, darllenir y corff o&apos;r mewnbwn safonol.</translation>
    </message>
    <message>
        <source>The title of the reflection.</source>
        <translation>Teitl y myfyrdod.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TESTUN</translation>
    </message>
    <message>
        <source>The day the reflection is about (YYYY-MM-DD; today if left out).</source>
        <translation>Y diwrnod y mae&apos;r myfyrdod yn sôn amdano (BBBB-MM-DD; heddiw os na roddir un).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DYDDIAD</translation>
    </message>
    <message>
        <source>A tag; repeat for more tags.</source>
        <translation>Tag; ailadroddwch am ragor o dagiau.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>The language it is written in: cy or en.</source>
        <translation>Yr iaith y mae wedi&apos;i ysgrifennu ynddi: cy neu en.</translation>
    </message>
    <message>
        <source>Mark the reflection to bring to supervision (it is private otherwise).</source>
        <translation>Nodi&apos;r myfyrdod i&apos;w ddwyn i oruchwyliaeth (mae&apos;n breifat fel arall).</translation>
    </message>
    <message>
        <source>The text of the reflection.</source>
        <translation>Testun y myfyrdod.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Ymresymiad annisgwyl “%1”.</translation>
    </message>
    <message>
        <source>A reflection needs a title: give one with --title.</source>
        <translation>Mae angen teitl ar fyfyrdod: rhowch un gyda --title.</translation>
    </message>
    <message>
        <source>“%1” is not a language Myfyrio knows. Use cy (Cymraeg) or en (English).</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn iaith y mae Myfyrio yn ei hadnabod. Defnyddiwch cy (Cymraeg) neu en (English).</translation>
    </message>
    <message>
        <source>Type the reflection, then press Ctrl+D on a line of its own.</source>
        <translation>Teipiwch y myfyrdod, yna pwyswch Ctrl+D ar linell ar ei phen ei hun.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::AgreementCommand</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Ymresymiad annisgwyl “%1”.</translation>
    </message>
    <message>
        <source>Start a supervision agreement as a draft and print its id.</source>
        <translation>Dechrau cytundeb goruchwylio fel drafft ac argraffu ei ddynodydd.</translation>
    </message>
    <message>
        <source>The supervisor&apos;s full name.</source>
        <translation>Enw llawn y goruchwyliwr.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ENW</translation>
    </message>
    <message>
        <source>The supervisee&apos;s full name.</source>
        <translation>Enw llawn y goruchwylai.</translation>
    </message>
    <message>
        <source>When the agreement will be reviewed (YYYY-MM-DD).</source>
        <translation>Pryd y caiff y cytundeb ei adolygu (BBBB-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DYDDIAD</translation>
    </message>
    <message>
        <source>When the agreement starts (YYYY-MM-DD; today if left out).</source>
        <translation>Pryd mae&apos;r cytundeb yn dechrau (BBBB-MM-DD; heddiw os na roddir un).</translation>
    </message>
    <message>
        <source>How many weeks apart sessions are.</source>
        <translation>Sawl wythnos sydd rhwng sesiynau.</translation>
    </message>
    <message>
        <source>Which party keeps this journal: supervisor or supervisee (the default).</source>
        <translation>Pa barti sy&apos;n cadw&apos;r dyddlyfr hwn: supervisor (goruchwyliwr) neu supervisee (goruchwylai, y rhagosodiad).</translation>
    </message>
    <message>
        <source>Give the supervisor&apos;s name with --supervisor.</source>
        <translation>Rhowch enw&apos;r goruchwyliwr gyda --supervisor.</translation>
    </message>
    <message>
        <source>Give the supervisee&apos;s name with --supervisee.</source>
        <translation>Rhowch enw&apos;r goruchwylai gyda --supervisee.</translation>
    </message>
    <message>
        <source>“%1” is not a number of weeks between 1 and 52.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn nifer o wythnosau rhwng 1 a 52.</translation>
    </message>
    <message>
        <source>“%1” is not a party: use supervisor or supervisee.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn barti: defnyddiwch supervisor neu supervisee.</translation>
    </message>
    <message>
        <source>Sign the agreement&apos;s draft as one party. When both have signed, the version is frozen and its fingerprint is printed.</source>
        <translation>Llofnodi drafft y cytundeb fel un parti. Pan fydd y ddau wedi llofnodi, caiff y fersiwn ei rhewi a chaiff ei hôl bys ei argraffu.</translation>
    </message>
    <message>
        <source>The agreement&apos;s id (or its first characters).</source>
        <translation>Dynodydd y cytundeb (neu ei nodau cyntaf).</translation>
    </message>
    <message>
        <source>Sign as the supervisor or the supervisee.</source>
        <translation>Llofnodi fel y goruchwyliwr neu&apos;r goruchwylai.</translation>
    </message>
    <message>
        <source>Your full name, as in the agreement.</source>
        <translation>Eich enw llawn, fel yn y cytundeb.</translation>
    </message>
    <message>
        <source>The day of signing (YYYY-MM-DD; today if left out).</source>
        <translation>Diwrnod y llofnodi (BBBB-MM-DD; heddiw os na roddir un).</translation>
    </message>
    <message>
        <source>Say which agreement to sign: myfyrio agreement sign ID --as supervisor --name NAME</source>
        <translation>Dywedwch pa gytundeb i&apos;w lofnodi: myfyrio agreement sign ID --as supervisor --name ENW</translation>
    </message>
    <message>
        <source>Say who is signing with --as supervisor or --as supervisee.</source>
        <translation>Dywedwch pwy sy&apos;n llofnodi gyda --as supervisor neu --as supervisee.</translation>
    </message>
    <message>
        <source>Type your full name with --name.</source>
        <translation>Teipiwch eich enw llawn gyda --name.</translation>
    </message>
    <message>
        <source>There is no agreement with the id “%1”.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid oes cytundeb â&apos;r dynodydd “%1”.</translation>
    </message>
    <message>
        <source>Version %1 is signed by both parties. Fingerprint: %2</source>
        <extracomment>%1 is a version number.</extracomment>
        <translation>Mae&apos;r ddau barti wedi llofnodi fersiwn %1. Ôl bys: %2</translation>
    </message>
    <message>
        <source>Signed. Version %1 now waits for the other party&apos;s signature.</source>
        <extracomment>%1 is a version number.</extracomment>
        <translation>Llofnodwyd. Mae fersiwn %1 bellach yn aros am lofnod y parti arall.</translation>
    </message>
    <message>
        <source>List the supervision agreements.</source>
        <translation>Rhestru&apos;r cytundebau goruchwylio.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Argraffu JSON yn lle testun.</translation>
    </message>
    <message>
        <source>The journal has no supervision agreements yet.</source>
        <translation>Nid oes cytundebau goruchwylio yn y dyddlyfr eto.</translation>
    </message>
    <message>
        <source>Write an agreement with all its versions to a .myfyrio-agreement file.</source>
        <translation>Ysgrifennu cytundeb a&apos;i holl fersiynau i ffeil .myfyrio-agreement.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Y ffeil i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FFEIL</translation>
    </message>
    <message>
        <source>Say which agreement to export: myfyrio agreement export ID --output FILE</source>
        <translation>Dywedwch pa gytundeb i&apos;w allforio: myfyrio agreement export ID --output FFEIL</translation>
    </message>
    <message>
        <source>Say where to write the agreement with --output FILE.</source>
        <translation>Dywedwch ble i ysgrifennu&apos;r cytundeb gyda --output FFEIL.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name; nothing is overwritten.</source>
        <extracomment>%1 is a file name or folder.</extracomment>
        <translation>Mae “%1” yn bodoli eisoes. Dewiswch enw arall; nid oes dim yn cael ei drosysgrifennu.</translation>
    </message>
    <message>
        <source>The agreement was written to “%1”.</source>
        <extracomment>%1 is a file name or folder.</extracomment>
        <translation>Ysgrifennwyd y cytundeb i “%1”.</translation>
    </message>
    <message>
        <source>Import an agreement from a .myfyrio-agreement file. Nothing in the journal is overwritten; a copy that has changed on both sides is kept as a draft of its own.</source>
        <translation>Mewnforio cytundeb o ffeil .myfyrio-agreement. Nid oes dim yn y dyddlyfr yn cael ei drosysgrifennu; caiff copi sydd wedi newid ar y ddwy ochr ei gadw fel drafft ar wahân.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Y ffeil i&apos;w mewnforio.</translation>
    </message>
    <message>
        <source>Say which file to import: myfyrio agreement import FILE</source>
        <translation>Dywedwch pa ffeil i&apos;w mewnforio: myfyrio agreement import FFEIL</translation>
    </message>
    <message>
        <source>Sections that differ:</source>
        <translation>Adrannau sy&apos;n wahanol:</translation>
    </message>
    <message>
        <source>Usage: myfyrio agreement new|sign|list|export|import [OPTIONS]. Run “myfyrio agreement SUBCOMMAND --help” for the options.</source>
        <translation>Defnydd: myfyrio agreement new|sign|list|export|import [DEWISIADAU]. Rhedwch “myfyrio agreement IS-ORCHYMYN --help” i weld y dewisiadau.</translation>
    </message>
    <message>
        <source>“%1” is not an agreement subcommand.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn is-orchymyn cytundeb.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::AttachCommand</name>
    <message>
        <source>More than one reflection has an id that starts with “%1”.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Mae gan fwy nag un myfyrdod ddynodydd sy&apos;n dechrau gyda “%1”.</translation>
    </message>
    <message>
        <source>There is no reflection with the id “%1”.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Does dim myfyrdod â&apos;r dynodydd “%1”.</translation>
    </message>
    <message>
        <source>Keep a file (a certificate, a photo, a PDF) with a reflection, inside the journal. At most 25 MB a file.</source>
        <translation>Cadw ffeil (tystysgrif, llun, PDF) gyda myfyrdod, y tu mewn i&apos;r dyddlyfr. 25 MB y ffeil ar y mwyaf.</translation>
    </message>
    <message>
        <source>The reflection.</source>
        <translation>Y myfyrdod.</translation>
    </message>
    <message>
        <source>The file to attach.</source>
        <translation>Y ffeil i&apos;w hatodi.</translation>
    </message>
    <message>
        <source>Say which reflection and which file: myfyrio attach ID FILE</source>
        <translation>Dywedwch pa fyfyrdod a pha ffeil: myfyrio attach ID FFEIL</translation>
    </message>
    <message>
        <source>List the files kept with a reflection.</source>
        <translation>Rhestru&apos;r ffeiliau a gedwir gyda myfyrdod.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Argraffu JSON yn lle testun.</translation>
    </message>
    <message>
        <source>Say which reflection: myfyrio attachments ID</source>
        <translation>Dywedwch pa fyfyrdod: myfyrio attachments ID</translation>
    </message>
    <message>
        <source>This reflection has no attachments.</source>
        <translation>Does dim atodiadau gan y myfyrdod hwn.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::BackupCommand</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Ymresymiad annisgwyl “%1”.</translation>
    </message>
    <message>
        <source>Make a backup of the journal now, in the backups folder beside it.</source>
        <translation>Gwneud copi wrth gefn o’r dyddlyfr nawr, yn y ffolder copïau wrth gefn wrth ei ymyl.</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <extracomment>%1 is the path of the backup file that was made.</extracomment>
        <translation>Copi wrth gefn wedi’i wneud: %1</translation>
    </message>
    <message>
        <source>Made: %1 (%2). Size: %3.</source>
        <extracomment>Details of one backup; %1 is when it was made, %2 why, %3 its size.</extracomment>
        <translation>Gwnaed: %1 (%2). Maint: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Reflections: %L1. Agreements: %L2. Newest entry: %3.</source>
        <extracomment>%L1 and %L2 are numbers; %3 is the date of the newest reflection.</extracomment>
        <translation>Myfyrdodau: %L1. Cytundebau: %L2. Cofnod mwyaf newydd: %3.</translation>
    </message>
    <message>
        <source>List the backups of the journal, newest first, with what each holds and whether it passes its check.</source>
        <translation>Rhestru copïau wrth gefn y dyddlyfr, y mwyaf newydd yn gyntaf, gyda’r hyn sydd ym mhob un ac a yw’n pasio ei wiriad.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Argraffu JSON yn lle testun.</translation>
    </message>
    <message>
        <source>There are no backups of this journal yet. They are kept in “%1”.</source>
        <extracomment>%1 is the folder where backups are kept.</extracomment>
        <translation>Does dim copïau wrth gefn o’r dyddlyfr hwn eto. Cânt eu cadw yn “%1”.</translation>
    </message>
    <message>
        <source>Check every backup of the journal (or the one named) with SQLite&apos;s full integrity check.</source>
        <translation>Gwirio pob copi wrth gefn o’r dyddlyfr (neu’r un a enwir) â gwiriad cywirdeb llawn SQLite.</translation>
    </message>
    <message>
        <source>A file name from “myfyrio backup list”, or a path.</source>
        <translation>Enw ffeil o “myfyrio backup list”, neu lwybr.</translation>
    </message>
    <message>
        <source>There are no backups of this journal yet.</source>
        <translation>Does dim copïau wrth gefn o’r dyddlyfr hwn eto.</translation>
    </message>
    <message>
        <source>%1: passes its check.</source>
        <extracomment>%1 is a backup&apos;s file name.</extracomment>
        <translation>%1: yn pasio ei wiriad.</translation>
    </message>
    <message>
        <source>Replace the journal with the backup made %1? The journal as it is now is kept first. [y/N] </source>
        <extracomment>%1 is when the backup was made. The answer is read as yes for y, yes, i or ie.</extracomment>
        <translation>Rhoi’r copi wrth gefn (gwnaed: %1) yn lle’r dyddlyfr? Caiff y dyddlyfr fel y mae nawr ei gadw yn gyntaf. [i/N] </translation>
    </message>
    <message>
        <source>Replace the journal with a backup. The journal as it is now is backed up first (or, when it is damaged, kept beside it under a new name), so nothing is lost.</source>
        <translation>Rhoi copi wrth gefn yn lle’r dyddlyfr. Gwneir copi wrth gefn o’r dyddlyfr fel y mae nawr yn gyntaf (neu, os yw wedi’i ddifrodi, caiff ei gadw wrth ei ymyl dan enw newydd), felly ni chollir dim.</translation>
    </message>
    <message>
        <source>Restore without asking first.</source>
        <translation>Adfer heb ofyn yn gyntaf.</translation>
    </message>
    <message>
        <source>Say which backup to restore (see “myfyrio backup list”).</source>
        <translation>Dywedwch pa gopi wrth gefn i’w adfer (gweler “myfyrio backup list”).</translation>
    </message>
    <message>
        <source>That is the journal itself, not a backup of it.</source>
        <translation>Dyna’r dyddlyfr ei hun, nid copi wrth gefn ohono.</translation>
    </message>
    <message>
        <source>The journal is open in Myfyrio. Restore the backup there (File ▸ Restore from Backup…), or close Myfyrio and try again.</source>
        <translation>Mae’r dyddlyfr ar agor yn Myfyrio. Adferwch y copi wrth gefn yno (Ffeil ▸ Adfer o Gopi wrth Gefn…), neu caewch Myfyrio a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>Add --yes to restore without being asked.</source>
        <translation>Ychwanegwch --yes i adfer heb i chi gael eich holi.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Ni adferwyd dim.</translation>
    </message>
    <message>
        <source>The journal as it was is kept in the backup “%1”.</source>
        <extracomment>%1 is the file name of the backup made just before the restore.</extracomment>
        <translation>Mae’r dyddlyfr fel yr oedd wedi’i gadw yn y copi wrth gefn “%1”.</translation>
    </message>
    <message>
        <source>The damaged journal is kept as “%1”.</source>
        <extracomment>%1 is the new name of the damaged journal file, kept beside the restored one.</extracomment>
        <translation>Mae’r dyddlyfr sydd wedi’i ddifrodi wedi’i gadw fel “%1”.</translation>
    </message>
    <message>
        <source>Restored the backup made %1.</source>
        <extracomment>%1 is when the restored backup was made.</extracomment>
        <translation>Adferwyd y copi wrth gefn (gwnaed: %1).</translation>
    </message>
    <message>
        <source>Usage: myfyrio backup create|list|verify|restore [OPTIONS]. Run “myfyrio backup SUBCOMMAND --help” for the options.</source>
        <translation>Defnydd: myfyrio backup create|list|verify|restore [OPSIYNAU]. Rhedwch “myfyrio backup IS-ORCHYMYN --help” i weld yr opsiynau.</translation>
    </message>
    <message>
        <source>“%1” is not a backup subcommand.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn is-orchymyn copïau wrth gefn.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::CardSummaryCommand</name>
    <message>
        <source>“%1” is not a month of the form YYYY-MM.</source>
        <extracomment>%1 is what was typed.</extracomment>
        <translation>Nid yw “%1” yn fis ar y ffurf BBBB-MM.</translation>
    </message>
    <message>
        <source>No scale given</source>
        <translation>Dim graddfa wedi&apos;i rhoi</translation>
    </message>
    <message>
        <source>Learning cards: %1</source>
        <extracomment>%1 is a number of cards.</extracomment>
        <translation>Cardiau dysgu: %1</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <extracomment>%1 is a number of files.</extracomment>
        <translation>Wedi&apos;u tynnu&apos;n ôl: %1</translation>
    </message>
    <message>
        <source>Left out as malformed: %1</source>
        <extracomment>%1 is a number of files.</extracomment>
        <translation>Wedi&apos;u gadael allan fel ffeiliau diffygiol: %1</translation>
    </message>
    <message>
        <source>Left out because copies with the same id differ: %1</source>
        <extracomment>%1 is a number of cards.</extracomment>
        <translation>Wedi&apos;u gadael allan am fod copïau â&apos;r un dynodydd yn wahanol: %1</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <extracomment>%1 is the path of a folder.</extracomment>
        <translation>Methu darllen: %1</translation>
    </message>
    <message>
        <source>By reason for failure, from blameworthy to praiseworthy:</source>
        <translation>Yn ôl y rheswm dros fethiant, o&apos;r beius i&apos;r canmoladwy:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a reason or a type of failure, %2 a number of cards.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not placed on the spectrum: %1</source>
        <extracomment>%1 is a number of cards.</extracomment>
        <translation>Heb eu gosod ar y sbectrwm: %1</translation>
    </message>
    <message>
        <source>By type of failure:</source>
        <translation>Yn ôl math o fethiant:</translation>
    </message>
    <message>
        <source>Praiseworthy failures, apart from blameworthy ones:</source>
        <translation>Methiannau canmoladwy, ar wahân i rai beius:</translation>
    </message>
    <message>
        <source>By system scale:</source>
        <translation>Yn ôl graddfa system:</translation>
    </message>
    <message>
        <source>The most frequent enabling questions, by scale:</source>
        <translation>Y cwestiynau galluogi mwyaf cyffredin, yn ôl graddfa:</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>%1 is a number of cards, %2 an enabling question.</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>No card asks an enabling question.</source>
        <translation>Nid oes cerdyn yn gofyn cwestiwn galluogi.</translation>
    </message>
    <message>
        <source>Read every learning card in the folders (never writing to them) and show the team&apos;s pattern: reasons and types of failure, praiseworthy failures apart from blameworthy ones, system scales and the most frequent enabling questions. Malformed files are left out and counted; withdrawn cards are left out.</source>
        <translation>Darllen pob cerdyn dysgu yn y ffolderi (heb ysgrifennu iddynt byth) a dangos patrwm y tîm: rhesymau a mathau o fethiant, methiannau canmoladwy ar wahân i rai beius, graddfeydd system a&apos;r cwestiynau galluogi mwyaf cyffredin. Caiff ffeiliau diffygiol eu gadael allan a&apos;u cyfrif; caiff cardiau a dynnwyd yn ôl eu gadael allan.</translation>
    </message>
    <message>
        <source>A card folder (give one or more).</source>
        <translation>Ffolder cardiau (rhowch un neu fwy).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Argraffu JSON yn lle testun.</translation>
    </message>
    <message>
        <source>The first month to count (YYYY-MM).</source>
        <translation>Y mis cyntaf i&apos;w gyfrif (BBBB-MM).</translation>
    </message>
    <message>
        <source>The last month to count (YYYY-MM).</source>
        <translation>Y mis olaf i&apos;w gyfrif (BBBB-MM).</translation>
    </message>
    <message>
        <source>Say which card folders to read: myfyrio cards summary DIR [DIR]...</source>
        <translation>Dywedwch pa ffolderi cardiau i&apos;w darllen: myfyrio cards summary DIR [DIR]...</translation>
    </message>
    <message>
        <source>The period ends before it starts: --to must not be earlier than --from.</source>
        <translation>Mae&apos;r cyfnod yn dod i ben cyn iddo ddechrau: ni ddylai --to fod yn gynharach na --from.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be read.</source>
        <extracomment>%1 is the path of a folder.</extracomment>
        <translation>Methwyd darllen y ffolder “%1”.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <extracomment>%1 is the path of a folder.</extracomment>
        <translation>Nid yw&apos;r ffolder “%1” yn bodoli.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or add --overwrite to replace it.</source>
        <extracomment>%1 is the path of a file.</extracomment>
        <translation>Mae “%1” yn bodoli eisoes. Dewiswch enw arall, neu ychwanegwch --overwrite i roi un newydd yn ei le.</translation>
    </message>
    <message>
        <source>Write the Team learning summary to this PDF file instead.</source>
        <translation>Ysgrifennu Crynodeb dysgu&apos;r tîm i&apos;r ffeil PDF hon yn lle hynny.</translation>
    </message>
    <message>
        <source>The PDF&apos;s language: en, cy, or both (Welsh first).</source>
        <translation>Iaith y PDF: en, cy, neu both (y Gymraeg yn gyntaf).</translation>
    </message>
    <message>
        <source>The team&apos;s name, printed under the PDF&apos;s title.</source>
        <translation>Enw&apos;r tîm, wedi&apos;i argraffu o dan deitl y PDF.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ENW</translation>
    </message>
    <message>
        <source>Replace the PDF file if it already exists.</source>
        <translation>Rhoi ffeil PDF newydd yn lle&apos;r un sy&apos;n bodoli eisoes.</translation>
    </message>
    <message>
        <source>Give --json or --pdf, not both.</source>
        <translation>Rhowch --json neu --pdf, nid y ddau.</translation>
    </message>
    <message>
        <source>“%1” is not a report language. Use en, cy or both.</source>
        <extracomment>%1 is what was typed.</extracomment>
        <translation>Nid yw “%1” yn iaith adroddiad. Defnyddiwch en, cy neu both.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <extracomment>%1 is the path of the PDF file written.</extracomment>
        <translation>Wedi&apos;i ysgrifennu: %1</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::CardsCommand</name>
    <message>
        <source>Say which card folder to use with --output DIR.</source>
        <translation>Dywedwch pa ffolder cardiau i&apos;w defnyddio gyda --output DIR.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <extracomment>%1 is the path of a folder.</extracomment>
        <translation>Nid yw&apos;r ffolder “%1” yn bodoli.</translation>
    </message>
    <message>
        <source>Share reflections as learning cards in a card folder. A card holds the title, the lesson (your answer to a prompt such as “What are we learning?”), the enabling question, the failure placement, the system scale, the tags, the month and the language: never the body or the day. A card in which the confidentiality guard finds names or identifiers is not written unless you give --redact.</source>
        <translation>Rhannu myfyrdodau fel cardiau dysgu mewn ffolder cardiau. Mae cerdyn yn cynnwys y teitl, y wers (eich ateb i gwestiwn fel “Beth rydyn ni&apos;n ei ddysgu?”), y cwestiwn galluogi, lleoliad y methiant, y raddfa system, y tagiau, y mis a&apos;r iaith: byth y prif destun na&apos;r diwrnod. Ni chaiff cerdyn lle mae&apos;r gwarchodwr cyfrinachedd yn canfod enwau neu ddynodwyr ei ysgrifennu oni bai eich bod yn rhoi --redact.</translation>
    </message>
    <message>
        <source>A reflection to share (repeat for more).</source>
        <translation>Myfyrdod i&apos;w rannu (ailadroddwch am fwy).</translation>
    </message>
    <message>
        <source>The card folder to write to.</source>
        <translation>Y ffolder cardiau i ysgrifennu iddi.</translation>
    </message>
    <message>
        <source>An author label for the cards: initials, a team name, or nothing (the default).</source>
        <translation>Label awdur i&apos;r cardiau: llythrennau blaen, enw tîm, neu ddim byd (y rhagosodiad).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TESTUN</translation>
    </message>
    <message>
        <source>Replace what the confidentiality guard finds with placeholders such as [name].</source>
        <translation>Rhoi dalfannau fel [enw] yn lle&apos;r hyn y mae&apos;r gwarchodwr cyfrinachedd yn ei ganfod.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <extracomment>%1 is what was typed.</extracomment>
        <translation>Ymresymiad annisgwyl “%1”.</translation>
    </message>
    <message>
        <source>Say which reflections to share with --id ID.</source>
        <translation>Dywedwch pa fyfyrdodau i&apos;w rhannu gyda --id ID.</translation>
    </message>
    <message>
        <source>There is no reflection with the id “%1”.</source>
        <extracomment>%1 is a reflection&apos;s id.</extracomment>
        <translation>Nid oes myfyrdod â’r dynodydd “%1”.</translation>
    </message>
    <message>
        <source>“%1” has no lesson to share. Answer “What are we learning?” (or another prompt that asks what you learned), or make its card in the app, where you write the lesson in the card.</source>
        <extracomment>%1 is the title of a reflection.</extracomment>
        <translation>Nid oes gwers i&apos;w rhannu gan “%1”. Atebwch “Beth rydyn ni&apos;n ei ddysgu?” (neu gwestiwn arall sy&apos;n gofyn beth a ddysgoch chi), neu gwnewch ei gerdyn yn yr ap, lle rydych yn ysgrifennu&apos;r wers yn y cerdyn.</translation>
    </message>
    <message>
        <source>Nothing was written. Edit the reflection&apos;s answers, give --redact to replace them with placeholders, or make the card in the app.</source>
        <translation>Ni ysgrifennwyd dim. Golygwch atebion y myfyrdod, rhowch --redact i roi dalfannau yn eu lle, neu gwnewch y cerdyn yn yr ap.</translation>
    </message>
    <message>
        <source>The card of “%1” cannot be written: %2</source>
        <extracomment>%1 is the title of a reflection, %2 what is wrong with its card.</extracomment>
        <translation>Ni ellir ysgrifennu cerdyn “%1”: %2</translation>
    </message>
    <message>
        <source>Withdraw a learning card this journal shared: its file in the folder is replaced by a withdrawal record, so that every copy of the folder leaves the card out.</source>
        <translation>Tynnu&apos;n ôl gerdyn dysgu a rannodd y dyddlyfr hwn: rhoddir cofnod tynnu&apos;n ôl yn lle ei ffeil yn y ffolder, fel bod pob copi o&apos;r ffolder yn gadael y cerdyn allan.</translation>
    </message>
    <message>
        <source>The card&apos;s id (or its first characters).</source>
        <translation>Dynodydd y cerdyn (neu ei nodau cyntaf).</translation>
    </message>
    <message>
        <source>The card folder the card is in.</source>
        <translation>Y ffolder cardiau y mae&apos;r cerdyn ynddi.</translation>
    </message>
    <message>
        <source>Say which card to withdraw: myfyrio cards withdraw CARD_ID --output DIR</source>
        <translation>Dywedwch pa gerdyn i&apos;w dynnu&apos;n ôl: myfyrio cards withdraw CARD_ID --output DIR</translation>
    </message>
    <message>
        <source>This journal did not share a card with the id “%1”.</source>
        <extracomment>%1 is a card&apos;s id.</extracomment>
        <translation>Ni rannodd y dyddlyfr hwn gerdyn â&apos;r dynodydd “%1”.</translation>
    </message>
    <message>
        <source>The card %1 is withdrawn.</source>
        <extracomment>%1 is a card&apos;s id.</extracomment>
        <translation>Mae&apos;r cerdyn wedi&apos;i dynnu&apos;n ôl: %1</translation>
    </message>
    <message>
        <source>Usage: myfyrio cards export|withdraw|summary [OPTIONS]. Run “myfyrio cards SUBCOMMAND --help” for the options.</source>
        <translation>Defnydd: myfyrio cards export|withdraw|summary [DEWISIADAU]. Rhedwch “myfyrio cards SUBCOMMAND --help” i weld y dewisiadau.</translation>
    </message>
    <message>
        <source>“%1” is not a cards subcommand.</source>
        <extracomment>%1 is what was typed.</extracomment>
        <translation>Nid yw “%1” yn is-orchymyn cardiau.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>Dangos y cymorth hwn.</translation>
    </message>
    <message>
        <source>“%1” is not a valid date. Use the form YYYY-MM-DD, for example 2024-03-01.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn ddyddiad dilys. Defnyddiwch y ffurf BBBB-MM-DD, er enghraifft 2024-03-01.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>How a date is written on the command line: year, month and day (Welsh: BBBB-MM-DD).</extracomment>
        <translation>BBBB-MM-DD</translation>
    </message>
    <message>
        <source>See its backups with “myfyrio backup list”, and put one in its place with “myfyrio backup restore BACKUP”; the damaged file is then kept beside it under a new name.</source>
        <translation>Gwelwch ei gopïau wrth gefn gyda “myfyrio backup list”, a rhowch un yn ei le gyda “myfyrio backup restore BACKUP”; caiff y ffeil sydd wedi’i difrodi ei chadw wrth ei ymyl dan enw newydd wedyn.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::CliRunner</name>
    <message>
        <source>Use the journal at PATH instead of the default one.</source>
        <translation>Defnyddio&apos;r dyddlyfr yn LLWYBR yn lle&apos;r un rhagosodedig.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>LLWYBR</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Dangos y cymorth hwn.</translation>
    </message>
    <message>
        <source>Show the version of Myfyrio.</source>
        <translation>Dangos fersiwn Myfyrio.</translation>
    </message>
    <message>
        <source>Myfyrio, a reflective-practice journal. Without a command it opens the journal in a window.</source>
        <translation>Myfyrio, dyddlyfr ymarfer myfyriol. Heb orchymyn, mae&apos;n agor y dyddlyfr mewn ffenestr.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>Y gorchymyn i&apos;w redeg (gweler isod).</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[gorchymyn]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Gorchmynion:</translation>
    </message>
    <message>
        <source>Run “myfyrio COMMAND --help” to see the options of a command.</source>
        <translation>Rhedwch “myfyrio GORCHYMYN --help” i weld dewisiadau gorchymyn.</translation>
    </message>
    <message>
        <source>“%1” is not a command. Run “myfyrio --help” to see the commands.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn orchymyn. Rhedwch “myfyrio --help” i weld y gorchmynion.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>gorchymyn</translation>
    </message>
    <message>
        <source>--database needs the path of a journal file, and an empty one was given.</source>
        <translation>Mae --database angen llwybr ffeil dyddlyfr, a rhoddwyd un gwag.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::CpdCommand</name>
    <message>
        <source>Cycle: %1 to %2</source>
        <extracomment>%1 and %2 are the first and last days of the CPD cycle.</extracomment>
        <translation>Cylch: %1 – %2</translation>
    </message>
    <message>
        <source>Give the day your cycle started with --from, or set it in Preferences.</source>
        <translation>Rhowch y diwrnod y dechreuodd eich cylch gyda --from, neu ei osod yn y Dewisiadau.</translation>
    </message>
    <message>
        <source>CPD hours in this cycle: %1</source>
        <extracomment>%1 is a number of hours.</extracomment>
        <translation>Oriau DPP yn y cylch hwn: %1</translation>
    </message>
    <message>
        <source>Reflections that count as CPD: %1</source>
        <extracomment>%1 is a number of reflections.</extracomment>
        <translation>Myfyrdodau sy&apos;n cyfrif fel DPP: %1</translation>
    </message>
    <message>
        <source>No CPD from %1 to %2</source>
        <extracomment>%1 and %2 are days: a gap between CPD activities.</extracomment>
        <translation>Dim DPP: %1 – %2</translation>
    </message>
    <message>
        <source>Show the CPD of the current cycle against what your regulator asks for. Private reflections count: this is for you.</source>
        <translation>Dangos DPP y cylch presennol o&apos;i gymharu â&apos;r hyn y mae eich rheoleiddiwr yn ei ofyn. Mae myfyrdodau preifat yn cyfrif: mae hyn i chi.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Argraffu JSON yn lle testun.</translation>
    </message>
    <message>
        <source>The regulator (the one in Preferences if left out): %1.</source>
        <extracomment>%1 is a list of regulator codes.</extracomment>
        <translation>Y rheoleiddiwr (yr un yn y Dewisiadau os caiff ei adael allan): %1.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>COD</translation>
    </message>
    <message>
        <source>The day your cycle started (the one in Preferences if left out).</source>
        <translation>Y diwrnod y dechreuodd eich cylch (yr un yn y Dewisiadau os caiff ei adael allan).</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Ymresymiad annisgwyl “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a regulator Myfyrio knows. Use one of: %2.</source>
        <extracomment>%1 is what the person typed; %2 is a list of regulator codes.</extracomment>
        <translation>Nid yw “%1” yn rheoleiddiwr y mae Myfyrio yn ei adnabod. Defnyddiwch un o&apos;r rhain: %2.</translation>
    </message>
    <message>
        <source>No regulator is chosen: give one with --regulator, or choose it in Preferences.</source>
        <translation>Does dim rheoleiddiwr wedi&apos;i ddewis: rhowch un gyda --regulator, neu ei ddewis yn y Dewisiadau.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::CpdOptions</name>
    <message>
        <source>Count the reflection as CPD, of this kind: %1.</source>
        <extracomment>%1 is a list of activity codes.</extracomment>
        <translation>Cyfrif y myfyrdod fel DPP, o&apos;r math hwn: %1.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>MATH</translation>
    </message>
    <message>
        <source>How long the CPD activity took, in hours and quarter hours (1.5).</source>
        <translation>Pa mor hir y cymerodd y gweithgaredd DPP, mewn oriau a chwarteri awr (1.5).</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>ORIAU</translation>
    </message>
    <message>
        <source>The activity was participatory: done with other people.</source>
        <translation>Roedd y gweithgaredd yn gyfranogol: wedi&apos;i wneud gyda phobl eraill.</translation>
    </message>
    <message>
        <source>The record was written or discussed with a peer.</source>
        <translation>Cafodd y cofnod ei ysgrifennu neu ei drafod gyda chymar.</translation>
    </message>
    <message>
        <source>The standard the activity relates to: %1.</source>
        <extracomment>%1 is a list of standard codes.</extracomment>
        <translation>Y safon y mae&apos;r gweithgaredd yn ymwneud â hi: %1.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>COD</translation>
    </message>
    <message>
        <source>--%1 needs --cpd-type: say first what kind of CPD activity it was.</source>
        <extracomment>%1 is the name of a command-line option.</extracomment>
        <translation>Mae angen --cpd-type ar --%1: dywedwch yn gyntaf pa fath o weithgaredd DPP oedd e.</translation>
    </message>
    <message>
        <source>“%1” is not a number of hours Myfyrio can count. Give hours and quarter hours from 0 to 1000, for example 1.5 or 0.75.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn nifer o oriau y gall Myfyrio eu cyfrif. Rhowch oriau a chwarteri awr rhwng 0 a 1000, er enghraifft 1.5 neu 0.75.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::ExportCommand</name>
    <message>
        <source>PATH</source>
        <translation>LLWYBR</translation>
    </message>
    <message>
        <source>Replace files that already exist.</source>
        <translation>Newid ffeiliau sy’n bodoli’n barod.</translation>
    </message>
    <message>
        <source>Say where to write the file with --output FILE.</source>
        <translation>Dywedwch ble i ysgrifennu’r ffeil gyda --output FFEIL.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <extracomment>%1 is a file name or folder.</extracomment>
        <translation>Nid yw’r ffolder “%1” yn bodoli.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or add --overwrite to replace it.</source>
        <extracomment>%1 is a file name or folder.</extracomment>
        <translation>Mae “%1” yn bodoli’n barod. Dewiswch enw arall, neu ychwanegwch --overwrite i’w newid.</translation>
    </message>
    <message>
        <source>Write a report as a PDF. Reflections not marked to bring to supervision are left out unless --include-private is given.</source>
        <translation>Ysgrifennu adroddiad fel PDF. Mae myfyrdodau nad ydynt wedi’u nodi i ddod â nhw i oruchwyliaeth yn cael eu gadael allan oni bai bod --include-private wedi’i roi.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Y ffeil PDF i’w hysgrifennu.</translation>
    </message>
    <message>
        <source>The kind of report: %1 (portfolio if left out).</source>
        <extracomment>%1 is a list of the codes that can be used.</extracomment>
        <translation>Y math o adroddiad: %1 (portfolio os caiff ei adael allan).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>MATH</translation>
    </message>
    <message>
        <source>The reflection, agreement or session to report on.</source>
        <translation>Y myfyrdod, y cytundeb neu’r sesiwn i adrodd arno.</translation>
    </message>
    <message>
        <source>Only reflections dated on or after this day.</source>
        <translation>Dim ond myfyrdodau dyddiedig ar y diwrnod hwn neu wedyn.</translation>
    </message>
    <message>
        <source>Only reflections dated on or before this day.</source>
        <translation>Dim ond myfyrdodau dyddiedig ar y diwrnod hwn neu cyn hynny.</translation>
    </message>
    <message>
        <source>Only reflections with this tag.</source>
        <translation>Dim ond myfyrdodau gyda’r tag hwn.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>Only reflections that follow this model.</source>
        <translation>Dim ond myfyrdodau sy’n dilyn y model hwn.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>COD</translation>
    </message>
    <message>
        <source>Only events of this type of failure: basic, complex or intelligent.</source>
        <translation>Dim ond digwyddiadau o’r math hwn o fethiant: basic, complex neu intelligent.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>MATH</translation>
    </message>
    <message>
        <source>The year of an annual review pack.</source>
        <translation>Blwyddyn pecyn adolygiad blynyddol.</translation>
    </message>
    <message>
        <source>The paper size: a4 (the default) or letter.</source>
        <translation>Maint y papur: a4 (y rhagosodiad) neu letter.</translation>
    </message>
    <message>
        <source>The name to print on the report.</source>
        <translation>Yr enw i’w argraffu ar yr adroddiad.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ENW</translation>
    </message>
    <message>
        <source>Include private reflections: a copy for yourself, not for sharing.</source>
        <translation>Cynnwys myfyrdodau preifat: copi i chi’ch hun, nid i’w rannu.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Ymresymiad annisgwyl “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of report. Use one of: %2.</source>
        <extracomment>%1 is what the person typed; %2 is a list of the codes that can be used.</extracomment>
        <translation>Nid yw “%1” yn fath o adroddiad. Defnyddiwch un o: %2.</translation>
    </message>
    <message>
        <source>Reports of the kind “%1” cannot be made by this version of Myfyrio yet.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Ni all y fersiwn hon o Myfyrio wneud adroddiadau o’r math “%1” eto.</translation>
    </message>
    <message>
        <source>“%1” is not a report language. Use en, cy or both.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn iaith adroddiad. Defnyddiwch en, cy neu both.</translation>
    </message>
    <message>
        <source>“%1” is not a paper size. Use a4 or letter.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn faint papur. Defnyddiwch a4 neu letter.</translation>
    </message>
    <message>
        <source>The --from day comes after the --to day.</source>
        <translation>Mae diwrnod --from yn dod ar ôl diwrnod --to.</translation>
    </message>
    <message>
        <source>“%1” is not a year. Use four digits, for example 2024.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn flwyddyn. Defnyddiwch bedwar digid, er enghraifft 2024.</translation>
    </message>
    <message>
        <source>Say which one to report on with --id ID.</source>
        <translation>Dywedwch ar ba un i adrodd gyda --id DYNODYDD.</translation>
    </message>
    <message>
        <source>“%1” is not a type of failure. Use basic, complex or intelligent.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn fath o fethiant. Defnyddiwch basic, complex neu intelligent.</translation>
    </message>
    <message>
        <source>This report includes private reflections: keep it for yourself.</source>
        <translation>Mae’r adroddiad hwn yn cynnwys myfyrdodau preifat: cadwch ef i chi’ch hun.</translation>
    </message>
    <message>
        <source>Write the whole journal as one JSON file, to keep as a backup or to import into another journal.</source>
        <translation>Ysgrifennu’r dyddlyfr cyfan fel un ffeil JSON, i’w chadw fel copi wrth gefn neu i’w mewnforio i ddyddlyfr arall.</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>Y ffeil JSON i’w hysgrifennu.</translation>
    </message>
    <message>
        <source>Write every reflection as a Markdown file of its own into a folder.</source>
        <translation>Ysgrifennu pob myfyrdod fel ffeil Markdown ei hun i ffolder.</translation>
    </message>
    <message>
        <source>The folder to write the files into.</source>
        <translation>Y ffolder i ysgrifennu’r ffeiliau iddi.</translation>
    </message>
    <message>
        <source>Say which folder to write into with --output FOLDER.</source>
        <translation>Dywedwch i ba ffolder i ysgrifennu gyda --output FFOLDER.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <extracomment>%1 is a file name or folder.</extracomment>
        <translation>Ffeil yw “%1”, nid ffolder.</translation>
    </message>
    <message>
        <source>Files written: %1</source>
        <extracomment>%1 is a number of files.</extracomment>
        <translation>Ffeiliau a ysgrifennwyd: %1</translation>
    </message>
    <message>
        <source>Usage: myfyrio export pdf|json|markdown --output PATH [options]</source>
        <translation>Defnydd: myfyrio export pdf|json|markdown --output LLWYBR [dewisiadau]</translation>
    </message>
    <message>
        <source>Run “myfyrio export pdf --help” to see the options of a format.</source>
        <translation>Rhedwch “myfyrio export pdf --help” i weld dewisiadau fformat.</translation>
    </message>
    <message>
        <source>“%1” is not a format Myfyrio exports. Use pdf, json or markdown.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn fformat y mae Myfyrio yn ei allforio. Defnyddiwch pdf, json neu markdown.</translation>
    </message>
    <message>
        <source>For scw-log: the role (scw-social-worker, scw-manager, scw-care-worker); the one in Preferences if left out.</source>
        <translation>Ar gyfer scw-log: y rôl (scw-social-worker, scw-manager, scw-care-worker); yr un yn y Dewisiadau os caiff ei gadael allan.</translation>
    </message>
    <message>
        <source>“%1” is not a regulator Myfyrio knows. Use one of: %2.</source>
        <extracomment>%1 is what the person typed; %2 is a list of regulator codes.</extracomment>
        <translation>Nid yw “%1” yn rheoleiddiwr y mae Myfyrio yn ei adnabod. Defnyddiwch un o&apos;r rhain: %2.</translation>
    </message>
    <message>
        <source>Only reflections that match this search, written as for “myfyrio search”.</source>
        <translation>Dim ond y myfyrdodau sy&apos;n cyfateb i&apos;r chwiliad hwn, wedi&apos;i ysgrifennu fel ar gyfer “myfyrio search”.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>CHWILIAD</translation>
    </message>
    <message>
        <source>The report&apos;s language: en, cy, or both (Welsh first). The interface language if left out.</source>
        <translation>Iaith yr adroddiad: en, cy, neu both (y Gymraeg yn gyntaf). Iaith y rhyngwyneb os na roddir un.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <extracomment>How a year is written on the command line: four digits.</extracomment>
        <translation>BBBB</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::FailureOptions</name>
    <message>
        <source>Place the event on the failure spectrum, from deviance (blameworthy) to exploratory_testing (praiseworthy): %1.</source>
        <extracomment>%1 is a list of the codes that can be used.</extracomment>
        <translation>Gosod y digwyddiad ar y sbectrwm methiant, o deviance (beius) i exploratory_testing (canmoladwy): %1.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>COD</translation>
    </message>
    <message>
        <source>The type of failure, when it is not the one the reason suggests.</source>
        <translation>Math y methiant, pan nad yw&apos;n un a awgrymir gan y rheswm.</translation>
    </message>
    <message>
        <source>How familiar the setting was.</source>
        <translation>Pa mor gyfarwydd oedd y sefyllfa.</translation>
    </message>
    <message>
        <source>How much blame you felt before placing the event: 0 (none) to 4 (a great deal).</source>
        <translation>Faint o fai a deimloch cyn gosod y digwyddiad: 0 (dim) i 4 (llawer iawn).</translation>
    </message>
    <message>
        <source>What in the system made this likely.</source>
        <translation>Beth yn y system a wnaeth hyn yn debygol.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TESTUN</translation>
    </message>
    <message>
        <source>--%1 needs --failure-reason: say first where on the spectrum the event sits.</source>
        <extracomment>%1 is a name.</extracomment>
        <translation>Mae angen --failure-reason ar --%1: dywedwch yn gyntaf ble ar y sbectrwm mae&apos;r digwyddiad.</translation>
    </message>
    <message>
        <source>“%1” is not a reason on the failure spectrum. Use one of: %2.</source>
        <extracomment>%1 is what the person typed; %2 is a list of the codes that can be used.</extracomment>
        <translation>Nid yw “%1” yn rheswm ar y sbectrwm methiant. Defnyddiwch un o&apos;r rhain: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a type of failure. Use basic, complex or intelligent.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn fath o fethiant. Defnyddiwch basic, complex neu intelligent.</translation>
    </message>
    <message>
        <source>“%1” is not a setting. Use consistent, variable or novel.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn sefyllfa. Defnyddiwch consistent, variable neu novel.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Say how much blame you felt from 0 (none) to 4 (a great deal).</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn rhif. Dywedwch faint o fai a deimloch o 0 (dim) i 4 (llawer iawn).</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::GuardOptions</name>
    <message>
        <source>Replace what could identify someone with [name], [postcode], [NHS number]… before writing.</source>
        <translation>Newid yr hyn a allai ddatgelu pwy yw rhywun am [enw], [cod post], [rhif GIG]… cyn ysgrifennu.</translation>
    </message>
    <message>
        <source>Write it even though it could identify someone; a report then says so on its first page.</source>
        <translation>Ei ysgrifennu er y gallai ddatgelu pwy yw rhywun; bydd adroddiad wedyn yn dweud hynny ar ei dudalen gyntaf.</translation>
    </message>
    <message>
        <source>Give --redact or --allow-identifiers, not both.</source>
        <translation>Rhowch --redact neu --allow-identifiers, nid y ddau.</translation>
    </message>
    <message>
        <source>%1: “%2” in “%3”</source>
        <extracomment>%1 is the kind of identifier (Postcode), %2 what was found, %3 the words around it.</extracomment>
        <translation>%1: “%2” yn y testun “%3”</translation>
    </message>
    <message>
        <source>Details that could identify someone were replaced before writing: %1</source>
        <extracomment>%1 is a number of details (names, postcodes…).</extracomment>
        <translation>Manylion a allai ddatgelu pwy yw rhywun a newidiwyd cyn ysgrifennu: %1</translation>
    </message>
    <message>
        <source>Written with details that could identify someone (%1); the report says so on its first page. Handle it as confidential.</source>
        <extracomment>%1 is a number of details (names, postcodes…).</extracomment>
        <translation>Wedi&apos;i ysgrifennu gyda manylion a allai ddatgelu pwy yw rhywun (%1); mae&apos;r adroddiad yn dweud hynny ar ei dudalen gyntaf. Dylid ei drin yn gyfrinachol.</translation>
    </message>
    <message>
        <source>Nothing was written: the report could identify someone. The confidentiality guard found:</source>
        <translation>Ni ysgrifennwyd dim: gallai&apos;r adroddiad ddatgelu pwy yw rhywun. Daeth y gwarchodwr cyfrinachedd o hyd i:</translation>
    </message>
    <message>
        <source>Edit the reflections, or give --redact to replace these with [name], [postcode]…, or --allow-identifiers to write the report as it is, with a warning on it.</source>
        <translation>Golygwch y myfyrdodau, neu rhowch --redact i newid y rhain am [enw], [cod post]…, neu --allow-identifiers i ysgrifennu&apos;r adroddiad fel y mae, gyda rhybudd arno.</translation>
    </message>
    <message>
        <source>Written with details that could identify someone (%1). Handle it as confidential.</source>
        <extracomment>%1 is a number of details (names, postcodes…).</extracomment>
        <translation>Wedi&apos;i ysgrifennu gyda manylion a allai ddatgelu pwy yw rhywun (%1). Dylid ei drin yn gyfrinachol.</translation>
    </message>
    <message>
        <source>Nothing was written: the file could identify someone. The confidentiality guard found:</source>
        <translation>Ni ysgrifennwyd dim: gallai&apos;r ffeil ddatgelu pwy yw rhywun. Daeth y gwarchodwr cyfrinachedd o hyd i:</translation>
    </message>
    <message>
        <source>Edit the text, or give --allow-identifiers to write the file as it is.</source>
        <translation>Golygwch y testun, neu rhowch --allow-identifiers i ysgrifennu&apos;r ffeil fel y mae.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::GuidedOptions</name>
    <message>
        <source>The reflective model it follows (see: myfyrio models).</source>
        <translation>Y model myfyriol y mae&apos;n ei ddilyn (gweler: myfyrio models).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>COD</translation>
    </message>
    <message>
        <source>An answer to one of the model&apos;s prompts; repeat for more answers.</source>
        <translation>Ateb i un o gwestiynau&apos;r model; ailadroddwch ar gyfer rhagor o atebion.</translation>
    </message>
    <message>
        <source>PROMPT=TEXT</source>
        <translation>CWESTIWN=TESTUN</translation>
    </message>
    <message>
        <source>The scale of the system it is about.</source>
        <translation>Graddfa&apos;r system y mae&apos;n sôn amdani.</translation>
    </message>
    <message>
        <source>Something to do next, with an optional due date; repeat for more.</source>
        <translation>Rhywbeth i&apos;w wneud nesaf, gyda dyddiad erbyn dewisol; ailadroddwch ar gyfer rhagor.</translation>
    </message>
    <message>
        <source>TEXT[@YYYY-MM-DD]</source>
        <translation>TESTUN[@BBBB-MM-DD]</translation>
    </message>
    <message>
        <source>“%1” is not a valid due date. Use the form YYYY-MM-DD, for example 2024-03-01.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn ddyddiad erbyn dilys. Defnyddiwch y ffurf BBBB-MM-DD, er enghraifft 2024-03-01.</translation>
    </message>
    <message>
        <source>“%1” is not a system scale. Use person, organisation, place or country.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn raddfa system. Defnyddiwch person, organisation, place neu country.</translation>
    </message>
    <message>
        <source>The journal could not be opened to look up the model “%1”.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid oedd modd agor y dyddlyfr i chwilio am y model “%1”.</translation>
    </message>
    <message>
        <source>There is no reflective model with the code “%1”. See the list with: myfyrio models</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid oes model myfyriol gyda&apos;r cod “%1”. Gwelwch y rhestr gyda: myfyrio models</translation>
    </message>
    <message>
        <source>“%1” is not an answer: write it as PROMPT=TEXT, for example what=The visit went well.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn ateb: ysgrifennwch ef fel CWESTIWN=TESTUN, er enghraifft what=Aeth yr ymweliad yn dda.</translation>
    </message>
    <message>
        <source>The model “%1” has no prompts, so it takes no answers (“%2”).</source>
        <extracomment>%1 is what the person typed; %2 is what the person typed.</extracomment>
        <translation>Nid oes gan y model “%1” gwestiynau, felly nid yw&apos;n derbyn atebion (“%2”).</translation>
    </message>
    <message>
        <source>The model “%1” has no prompt “%2”. Its prompts are: %3.</source>
        <extracomment>%1 is what the person typed; %2 is what the person typed; %3 is a list of the codes that can be used.</extracomment>
        <translation>Nid oes gan y model “%1” gwestiwn “%2”. Ei gwestiynau yw: %3.</translation>
    </message>
    <message>
        <source>The prompt “%1” is answered twice.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Mae&apos;r cwestiwn “%1” wedi&apos;i ateb ddwywaith.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::ImportCommand</name>
    <message>
        <source>Usage: myfyrio import json FILE</source>
        <translation>Defnydd: myfyrio import json FFEIL</translation>
    </message>
    <message>
        <source>Say what to import, for example: myfyrio import json backup.json</source>
        <translation>Dywedwch beth i’w fewnforio, er enghraifft: myfyrio import json backup.json</translation>
    </message>
    <message>
        <source>Import a JSON backup. Into an empty journal it restores everything; into one with reflections it adds what is missing, skips what is already there, and reports records that differ, keeping the journal&apos;s own.</source>
        <translation>Mewnforio copi wrth gefn JSON. I ddyddlyfr gwag mae’n adfer popeth; i un â myfyrdodau ynddo mae’n ychwanegu’r hyn sydd ar goll, yn hepgor yr hyn sydd yno’n barod, ac yn nodi cofnodion sy’n wahanol, gan gadw rhai’r dyddlyfr.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Y ffeil wrth gefn.</translation>
    </message>
    <message>
        <source>Say which backup file to import.</source>
        <translation>Dywedwch pa ffeil wrth gefn i’w mewnforio.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <extracomment>%1 is the argument as it was typed.</extracomment>
        <translation>Ymresymiad annisgwyl “%1”.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Nid oes ffeil “%1”.</translation>
    </message>
    <message>
        <source>Records added: %1</source>
        <extracomment>%1 is a number of records.</extracomment>
        <translation>Cofnodion a ychwanegwyd: %1</translation>
    </message>
    <message>
        <source>Records already in the journal: %1</source>
        <extracomment>%1 is a number of records.</extracomment>
        <translation>Cofnodion a oedd yn y dyddlyfr yn barod: %1</translation>
    </message>
    <message>
        <source>Records that differ, kept as the journal has them: %1</source>
        <extracomment>%1 is a number of records.</extracomment>
        <translation>Cofnodion sy’n wahanol, wedi’u cadw fel y maent yn y dyddlyfr: %1</translation>
    </message>
    <message>
        <source>Records left out: %1</source>
        <extracomment>%1 is how many records were left out.</extracomment>
        <translation>Cofnodion a adawyd allan: %1</translation>
    </message>
    <message>
        <source>Records left out with the record they belong to: %1</source>
        <extracomment>%1 is how many records were left out with the record they belong to.</extracomment>
        <translation>Cofnodion a adawyd allan gyda’r cofnod y maent yn perthyn iddo: %1</translation>
    </message>
    <message>
        <source>Nothing in “%1” could be imported, so no journal was made.</source>
        <extracomment>%1 is the backup file&apos;s name.</extracomment>
        <translation>Ni wnaed dyddlyfr, oherwydd nid oedd modd mewnforio dim sydd yn y ffeil “%1”.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::ImportSourceCommand</name>
    <message>
        <source>Import the entries of a RedNotebook journal folder (one YAML file a month, usually ~/.rednotebook/data).</source>
        <translation>Mewnforio cofnodion ffolder dyddlyfr RedNotebook (un ffeil YAML y mis, fel arfer ~/.rednotebook/data).</translation>
    </message>
    <message>
        <source>Import a jrnl JSON export (made with “jrnl --export json”).</source>
        <translation>Mewnforio allforiad JSON jrnl (wedi&apos;i wneud gyda “jrnl --export json”).</translation>
    </message>
    <message>
        <source>Import a folder of Markdown notes, one entry a file, such as Obsidian daily notes or Myfyrio&apos;s own Markdown export.</source>
        <translation>Mewnforio ffolder o nodiadau Markdown, un cofnod i bob ffeil, fel nodiadau dyddiol Obsidian neu allforiad Markdown Myfyrio ei hun.</translation>
    </message>
    <message>
        <source>Unknown source “%1”.</source>
        <extracomment>%1 is what was given as the kind of source.</extracomment>
        <translation>Ffynhonnell anhysbys “%1”.</translation>
    </message>
    <message>
        <source>What to import.</source>
        <translation>Beth i&apos;w fewnforio.</translation>
    </message>
    <message>
        <source>Say what would be imported, and change nothing.</source>
        <translation>Dweud beth fyddai&apos;n cael ei fewnforio, heb newid dim.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Argraffu JSON yn lle testun.</translation>
    </message>
    <message>
        <source>Say what to import from %1.</source>
        <extracomment>%1 is the name of a program, such as RedNotebook.</extracomment>
        <translation>Dywedwch pa ffeil neu ffolder %1 i&apos;w mewnforio.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <extracomment>%1 is the argument that was not expected.</extracomment>
        <translation>Ymresymiad annisgwyl “%1”.</translation>
    </message>
    <message>
        <source>There is no file or folder “%1”.</source>
        <extracomment>%1 is the path that was given.</extracomment>
        <translation>Nid oes ffeil na ffolder “%1”.</translation>
    </message>
    <message>
        <source>A backup of the journal was made first: %1</source>
        <extracomment>%1 is the path of the copy of the journal.</extracomment>
        <translation>Gwnaed copi wrth gefn o&apos;r dyddlyfr yn gyntaf: %1</translation>
    </message>
    <message>
        <source>Import a Day One JSON export: its .zip, the folder it unpacks to, or its Journal.json. Its photos and other files, up to 25 MB each, are attached to the reflections.</source>
        <translation>Mewnforio allforiad JSON Day One: ei ffeil .zip, y ffolder y mae&apos;n dadbacio iddo, neu ei Journal.json. Mae ei luniau a&apos;i ffeiliau eraill, hyd at 25 MB yr un, yn cael eu hatodi i&apos;r myfyrdodau.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::InsightCommand</name>
    <message>
        <source>%1: %2 (mean blame felt %3)</source>
        <extracomment>%1 is a label from elsewhere in the interface, already translated; %2 is a number; %3 is a number.</extracomment>
        <translation>%1: %2 (cyfartaledd y bai a deimlwyd %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a label from elsewhere in the interface, already translated; %2 is a number.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Count the events placed on the failure spectrum, by reason and by type, with the mean blame felt for each reason.</source>
        <translation>Cyfrif y digwyddiadau a osodwyd ar y sbectrwm methiant, yn ôl rheswm ac yn ôl math, gyda chyfartaledd y bai a deimlwyd ar gyfer pob rheswm.</translation>
    </message>
    <message>
        <source>The first day to count (YYYY-MM-DD).</source>
        <translation>Y diwrnod cyntaf i&apos;w gyfrif (BBBB-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DYDDIAD</translation>
    </message>
    <message>
        <source>The last day to count (YYYY-MM-DD).</source>
        <translation>Y diwrnod olaf i&apos;w gyfrif (BBBB-MM-DD).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Argraffu JSON yn lle testun.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Ymresymiad annisgwyl “%1”.</translation>
    </message>
    <message>
        <source>The period ends before it starts: --to must not be earlier than --from.</source>
        <translation>Mae&apos;r cyfnod yn gorffen cyn iddo ddechrau: ni ddylai --to fod yn gynharach na --from.</translation>
    </message>
    <message>
        <source>Usage: myfyrio insight failures [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]</source>
        <translation>Defnydd: myfyrio insight failures [--from BBBB-MM-DD] [--to BBBB-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>Say what to look at: myfyrio insight failures [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]</source>
        <translation>Dywedwch beth i edrych arno: myfyrio insight failures [--from BBBB-MM-DD] [--to BBBB-MM-DD] [--json]</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::ListCommand</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Argraffu JSON yn lle testun.</translation>
    </message>
    <message>
        <source>The journal has no reflections yet.</source>
        <translation>Nid oes myfyrdodau yn y dyddlyfr eto.</translation>
    </message>
    <message>
        <source>No reflection matches “%1”.</source>
        <extracomment>%1 is the search the person typed.</extracomment>
        <translation>Nid oes myfyrdod yn cyfateb i “%1”.</translation>
    </message>
    <message>
        <source>List the reflections in the journal, newest first.</source>
        <translation>Rhestru&apos;r myfyrdodau yn y dyddlyfr, y mwyaf newydd yn gyntaf.</translation>
    </message>
    <message>
        <source>Only reflections with this tag.</source>
        <translation>Dim ond myfyrdodau gyda&apos;r tag hwn.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Ymresymiad annisgwyl “%1”.</translation>
    </message>
    <message>
        <source>Say what to search for, for example: myfyrio search supervision</source>
        <translation>Dywedwch beth i chwilio amdano, er enghraifft: myfyrio search goruchwyliaeth</translation>
    </message>
    <message>
        <source>Only reflections about a system of this scale.</source>
        <translation>Dim ond myfyrdodau am system o&apos;r raddfa hon.</translation>
    </message>
    <message>
        <source>“%1” is not a system scale. Use person, organisation, place or country.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Nid yw “%1” yn raddfa system. Defnyddiwch person, organisation, place neu country.</translation>
    </message>
    <message>
        <source>Search the reflections, best matches first. Every word must appear; accents are ignored (“dwr” finds “dŵr”) and a word also finds its Welsh mutations (“tref” finds “dref”). Also: &quot;a phrase&quot;, this OR that, -word, tag:NAME, lang:cy|en, after:DATE, before:DATE, reason:CODE, type:basic|complex|intelligent.</source>
        <translation>Chwilio&apos;r myfyrdodau, y rhai sy&apos;n cyfateb orau yn gyntaf. Rhaid i bob gair ymddangos; anwybyddir acenion (mae “dwr” yn canfod “dŵr”) ac mae gair hefyd yn canfod ei dreigladau (mae “tref” yn canfod “dref”). Hefyd: &quot;ymadrodd&quot;, hyn NEU hwnna, -gair, tag:ENW, iaith:cy|en, wedi:DYDDIAD, cyn:DYDDIAD, rheswm:COD, math:basic|complex|intelligent.</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Beth i chwilio amdano.</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::ModelsCommand</name>
    <message>
        <source>List the reflective models: the built-in ones and your own.</source>
        <translation>Rhestru&apos;r modelau myfyriol: y rhai adeiledig a&apos;ch rhai eich hun.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Argraffu JSON yn lle testun.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <extracomment>%1 is what the person typed.</extracomment>
        <translation>Ymresymiad annisgwyl “%1”.</translation>
    </message>
    <message>
        <source>%1 (your own)</source>
        <extracomment>%1 is a name.</extracomment>
        <translation>%1 (eich un chi)</translation>
    </message>
</context>
<context>
    <name>myfyrio::cli::TrashCommand</name>
    <message>
        <source>Untitled reflection</source>
        <translation>Myfyrdod heb deitl</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Mae&apos;r sbwriel yn wag.</translation>
    </message>
    <message>
        <source>(not a valid date)</source>
        <translation>(dyddiad annilys)</translation>
    </message>
    <message>
        <source>deleted %1  %2  %3  %4</source>
        <extracomment>One line of &quot;trash list&quot;: %1 when it was deleted, %2 the reflection&apos;s date, %3 its title, %4 the id.</extracomment>
        <translation>dilewyd: %1  %2  %3  %4</translation>
    </message>
    <message>
        <source>Nothing in the trash has the id “%1”.</source>
        <extracomment>%1 is the id the person gave.</extracomment>
        <translation>Does dim byd yn y sbwriel â&apos;r id “%1”.</translation>
    </message>
    <message>
        <source>“%1” is back in the journal (%2).</source>
        <extracomment>%1 is the reflection&apos;s title, %2 its id.</extracomment>
        <translation>Mae “%1” yn ôl yn y dyddlyfr (%2).</translation>
    </message>
    <message>
        <source>The trash was not emptied, and nothing in it was deleted. %1</source>
        <extracomment>%1 is the reason, a whole sentence.</extracomment>
        <translation>Ni chafodd y sbwriel ei wagio, ac ni chafodd dim ynddo ei ddileu. %1</translation>
    </message>
    <message numerus="yes">
        <source>Reflections deleted for good: %n.</source>
        <extracomment>%n is how many reflections were deleted for good.</extracomment>
        <translation>
            <numerusform>Myfyrdodau a ddilewyd am byth: %n.</numerusform>
            <numerusform>Myfyrdodau a ddilewyd am byth: %n.</numerusform>
            <numerusform>Myfyrdodau a ddilewyd am byth: %n.</numerusform>
            <numerusform>Myfyrdodau a ddilewyd am byth: %n.</numerusform>
            <numerusform>Myfyrdodau a ddilewyd am byth: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup of the journal was made first: %1</source>
        <extracomment>%1 is the path of the backup file.</extracomment>
        <translation>Gwnaed copi wrth gefn o&apos;r dyddlyfr yn gyntaf: %1</translation>
    </message>
    <message numerus="yes">
        <source>See and restore the reflections you deleted, or empty the trash. Items older than %n day(s) are deleted for good by the app, after a backup.</source>
        <extracomment>%n is how many days the trash keeps what was deleted.</extracomment>
        <translation>
            <numerusform>Gweld ac adfer y myfyrdodau a ddilewyd gennych, neu wagio&apos;r sbwriel. Mae&apos;r ap yn dileu eitemau hŷn na&apos;r terfyn am byth, ar ôl gwneud copi wrth gefn (diwrnodau: %n).</numerusform>
            <numerusform>Gweld ac adfer y myfyrdodau a ddilewyd gennych, neu wagio&apos;r sbwriel. Mae&apos;r ap yn dileu eitemau hŷn na&apos;r terfyn am byth, ar ôl gwneud copi wrth gefn (diwrnodau: %n).</numerusform>
            <numerusform>Gweld ac adfer y myfyrdodau a ddilewyd gennych, neu wagio&apos;r sbwriel. Mae&apos;r ap yn dileu eitemau hŷn na&apos;r terfyn am byth, ar ôl gwneud copi wrth gefn (diwrnodau: %n).</numerusform>
            <numerusform>Gweld ac adfer y myfyrdodau a ddilewyd gennych, neu wagio&apos;r sbwriel. Mae&apos;r ap yn dileu eitemau hŷn na&apos;r terfyn am byth, ar ôl gwneud copi wrth gefn (diwrnodau: %n).</numerusform>
            <numerusform>Gweld ac adfer y myfyrdodau a ddilewyd gennych, neu wagio&apos;r sbwriel. Mae&apos;r ap yn dileu eitemau hŷn na&apos;r terfyn am byth, ar ôl gwneud copi wrth gefn (diwrnodau: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON instead of text (list).</source>
        <translation>Argraffu JSON yn lle testun (list).</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Beth i&apos;w wneud.</translation>
    </message>
    <message>
        <source>The reflection to restore.</source>
        <translation>Y myfyrdod i&apos;w adfer.</translation>
    </message>
    <message>
        <source>Use: myfyrio trash list [--json] | trash restore ID | trash empty</source>
        <translation>Defnydd: myfyrio trash list [--json] | trash restore ID | trash empty</translation>
    </message>
    <message>
        <source>Move a reflection to the trash. “myfyrio trash restore ID” puts it back.</source>
        <translation>Symud myfyrdod i&apos;r sbwriel. Mae “myfyrio trash restore ID” yn ei roi yn ôl.</translation>
    </message>
    <message>
        <source>The id of the reflection (see “list”).</source>
        <translation>Id y myfyrdod (gweler “list”).</translation>
    </message>
    <message>
        <source>Use: myfyrio delete ID</source>
        <translation>Defnydd: myfyrio delete ID</translation>
    </message>
    <message>
        <source>No reflection has the id “%1”.</source>
        <extracomment>%1 is the id the person gave.</extracomment>
        <translation>Does dim myfyrdod â&apos;r id “%1”.</translation>
    </message>
    <message>
        <source>“%1” was moved to the trash. To put it back: myfyrio trash restore %2</source>
        <extracomment>%1 is the reflection&apos;s title, %2 its id.</extracomment>
        <translation>Symudwyd “%1” i&apos;r sbwriel. I&apos;w roi yn ôl: myfyrio trash restore %2</translation>
    </message>
</context>
<context>
    <name>myfyrio::sql</name>
    <message>
        <source>The journal is in use by another program. Close it there and try again.</source>
        <translation>Mae rhaglen arall yn defnyddio&apos;r dyddlyfr. Caewch ef yno a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The journal cannot be changed because its file or folder is read-only.</source>
        <translation>Nid oes modd newid y dyddlyfr oherwydd bod ei ffeil neu ei ffolder yn ddarllen-yn-unig.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Mae&apos;r ddisg yn llawn. Rhyddhewch ychydig o le a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The journal is still being checked, so nothing can be saved for a moment. Your changes are kept and will be saved once the check is done.</source>
        <translation>Mae’r dyddlyfr yn dal i gael ei wirio, felly does dim modd cadw dim am eiliad. Mae eich newidiadau wedi’u cadw yma a byddant yn cael eu cadw yn y dyddlyfr pan fydd y gwiriad wedi gorffen.</translation>
    </message>
    <message>
        <source>This journal is open in another Myfyrio window, so this window can only show it. Make your changes in the other window.</source>
        <translation>Mae’r dyddlyfr hwn ar agor mewn ffenestr Myfyrio arall, felly dim ond ei ddangos y gall y ffenestr hon. Gwnewch eich newidiadau yn y ffenestr arall.</translation>
    </message>
    <message>
        <source>The journal cannot be changed because its file is read-only. Allow writing to the file and your changes will be saved.</source>
        <translation>Does dim modd newid y dyddlyfr oherwydd bod ei ffeil yn ddarllen-yn-unig. Caniatewch ysgrifennu i’r ffeil a bydd eich newidiadau’n cael eu cadw.</translation>
    </message>
    <message>
        <source>The journal cannot be changed because its folder is read-only. Allow writing to the folder and your changes will be saved.</source>
        <translation>Does dim modd newid y dyddlyfr oherwydd bod ei ffolder yn ddarllen-yn-unig. Caniatewch ysgrifennu i’r ffolder a bydd eich newidiadau’n cael eu cadw.</translation>
    </message>
    <message>
        <source>The journal failed its check, so nothing is saved to it. It has been left as it was.</source>
        <translation>Methodd y dyddlyfr ei wiriad, felly does dim yn cael ei gadw ynddo. Mae wedi’i adael fel yr oedd.</translation>
    </message>
    <message>
        <source>The journal file was moved or deleted while Myfyrio had it open, so nothing more can be saved to it. Put it back, or open it from its new place.</source>
        <translation>Symudwyd neu dilëwyd ffeil y dyddlyfr tra oedd Myfyrio wedi’i hagor, felly does dim modd cadw rhagor ynddi. Rhowch hi’n ôl, neu agorwch hi o’i lle newydd.</translation>
    </message>
    <message>
        <source>The journal could not be written to the disk. Check that the disk is still connected and has free space, then try again.</source>
        <translation>Doedd dim modd ysgrifennu’r dyddlyfr i’r ddisg. Gwiriwch fod y ddisg wedi’i chysylltu o hyd a bod lle rhydd arni, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The journal file is damaged, so it could not be read or changed. Nothing has been deleted; a backup of it can be restored.</source>
        <translation>Mae ffeil y dyddlyfr wedi’i difrodi, felly doedd dim modd ei darllen na’i newid. Does dim wedi’i ddileu; gellir adfer copi wrth gefn ohoni.</translation>
    </message>
    <message>
        <source>The journal file could not be opened. Check that it and its folder still exist and that you may read and write them.</source>
        <translation>Doedd dim modd agor ffeil y dyddlyfr. Gwiriwch ei bod hi a’i ffolder yn bodoli o hyd a bod hawl gennych i’w darllen a’u hysgrifennu.</translation>
    </message>
    <message>
        <source>Myfyrio is not allowed to read or change the journal file.</source>
        <translation>Does dim hawl gan Myfyrio i ddarllen na newid ffeil y dyddlyfr.</translation>
    </message>
    <message>
        <source>The change could not be saved because it does not fit with what is already in the journal.</source>
        <translation>Doedd dim modd cadw’r newid oherwydd nad yw’n cyd-fynd â’r hyn sydd yn y dyddlyfr yn barod.</translation>
    </message>
    <message>
        <source>The journal could not be read or written because of an unexpected database error (%1).</source>
        <extracomment>%1 is a number that identifies the database error, for a bug report.</extracomment>
        <translation>Doedd dim modd darllen nac ysgrifennu’r dyddlyfr oherwydd gwall annisgwyl yn y gronfa ddata (%1).</translation>
    </message>
</context>
</TS>
