-- PostGIS provides the geometry type, GiST operator classes and every spatial function we use.
create extension if not exists postgis;
