<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Numbers</name>
    <message>
        <source>{value}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
