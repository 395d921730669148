-- The countries that have open postings, counted with the home page's figures: the browse page's
-- country picker offers these rather than every country in the world.
alter table marketplace_figures add column countries text[] not null default '{}';
